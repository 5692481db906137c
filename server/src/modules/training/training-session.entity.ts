// Training for registered volunteers (the report: training lags behind).
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';

@ObjectType({ implements: Node })
@Entity()
export class TrainingSession extends BaseEntity {
  @Index('idx_training_session_title_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Field()
  @Index()
  @Column()
  title: string;

  @Field({ description: 'ISO date.' })
  @Index()
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Index()
  @Column({ type: 'bigint' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;
}
