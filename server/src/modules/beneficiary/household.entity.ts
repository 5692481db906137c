// Households (家庭/户) of disabled people; cadre pairings and donations attach here.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';

@ObjectType({ implements: Node })
@Entity()
export class Household extends BaseEntity {
  @Field({ description: 'Name of the head of household.' })
  @Index()
  @Index('idx_household_head_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  headName: string;

  @Field(() => Int)
  @Column({ type: 'smallint', default: 1 })
  size: number;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Column()
  address: string;

  @Column({ type: 'varchar', length: 11, nullable: true })
  phone: string | null;
}
