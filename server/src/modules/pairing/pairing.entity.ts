// One-to-one pairings (结对帮扶): volunteer↔beneficiary, cadre↔household, organisation↔institution.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import type { Transitions } from '../../common/state-machine';
import { Organisation } from '../organisation/organisation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';

export enum PairingKind {
  VOLUNTEER_BENEFICIARY = 'VOLUNTEER_BENEFICIARY',
  CADRE_HOUSEHOLD = 'CADRE_HOUSEHOLD',
  ORGANISATION_INSTITUTION = 'ORGANISATION_INSTITUTION',
}
registerEnumType(PairingKind, { name: 'PairingKind' });

export enum PairingStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
registerEnumType(PairingStatus, { name: 'PairingStatus' });

/** Proposed → accepted (ACTIVE) → paused and resumed → ended; a proposal may also be withdrawn (ENDED). */
export const PAIRING_TRANSITIONS: Transitions<PairingStatus> = {
  [PairingStatus.PROPOSED]: [PairingStatus.ACTIVE, PairingStatus.ENDED],
  [PairingStatus.ACTIVE]: [PairingStatus.PAUSED, PairingStatus.ENDED],
  [PairingStatus.PAUSED]: [PairingStatus.ACTIVE, PairingStatus.ENDED],
  [PairingStatus.ENDED]: [],
};

/**
 * Side A is the helper (a volunteer, a cadre who is a volunteer, or an organisation);
 * side B is the helped (a beneficiary, a household, or a service institution).
 */
@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
@Check(
  'chk_pairing_sides',
  `(
  (kind = 'VOLUNTEER_BENEFICIARY' AND volunteer_id IS NOT NULL AND beneficiary_id IS NOT NULL) OR
  (kind = 'CADRE_HOUSEHOLD' AND volunteer_id IS NOT NULL AND household_id IS NOT NULL) OR
  (kind = 'ORGANISATION_INSTITUTION' AND institution_id IS NOT NULL))`,
)
export class Pairing extends BaseEntity {
  @Field(() => PairingKind)
  @Index()
  @Column({ type: 'enum', enum: PairingKind, enumName: 'pairing_kind' })
  kind: PairingKind;

  @Field(() => PairingStatus)
  @Index()
  @Column({ type: 'enum', enum: PairingStatus, enumName: 'pairing_status', default: PairingStatus.PROPOSED })
  status: PairingStatus;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  volunteerId: string | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  beneficiaryId: string | null;

  @ManyToOne(() => Beneficiary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: Beneficiary;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: Household;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Organisation;

  /** Organisation owning side A (the helper's organisation). */
  @Index()
  @Column({ type: 'bigint' })
  ownerAId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_a_id' })
  ownerA?: Organisation;

  /** Organisation owning side B (the DPF branch or institution responsible for the helped side). */
  @Index()
  @Column({ type: 'bigint' })
  ownerBId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_b_id' })
  ownerB?: Organisation;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  /** Denormalised from visits so `overdue` filters are an index range, not an aggregate. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  lastVisitAt: Date | null;
}
