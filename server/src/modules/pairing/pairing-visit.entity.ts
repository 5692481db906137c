// A logged visit (走访/家访) within a pairing. Evidence: soft-deleted only.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Pairing } from './pairing.entity';

export enum VisitMode {
  HOME = 'HOME',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
registerEnumType(VisitMode, { name: 'VisitMode' });

@ObjectType({ implements: Node })
@Entity()
export class PairingVisit extends EvidenceEntity {
  @Index()
  @Column({ type: 'bigint' })
  pairingId: string;

  @ManyToOne(() => Pairing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id' })
  pairing?: Pairing;

  @Field({ description: 'ISO date of the visit.' })
  @Index()
  @Column({ type: 'date' })
  visitedOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Field(() => VisitMode)
  @Column({ type: 'enum', enum: VisitMode, enumName: 'visit_mode' })
  mode: VisitMode;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;
}
