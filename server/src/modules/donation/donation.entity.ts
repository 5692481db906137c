// Donations: cash in fen (integer) or an in-kind item with a quantity. Evidence: soft-deleted only.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from '../campaign/campaign.entity';
import { Pairing } from '../pairing/pairing.entity';
import { PairingVisit } from '../pairing/pairing-visit.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';

export enum DonationKind {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
}
registerEnumType(DonationKind, { name: 'DonationKind' });

@ObjectType({ implements: Node })
@Entity()
@Check(
  'chk_donation_kind',
  `(
  (kind = 'CASH' AND amount_fen > 0 AND item IS NULL) OR
  (kind = 'IN_KIND' AND item IS NOT NULL AND quantity > 0))`,
)
@Check('chk_donation_donor', `(donor_organisation_id IS NOT NULL OR donor_name IS NOT NULL)`)
export class Donation extends EvidenceEntity {
  @Field(() => DonationKind)
  @Index()
  @Column({ type: 'enum', enum: DonationKind, enumName: 'donation_kind' })
  kind: DonationKind;

  /** Cash in fen. bigint in SQL, string from pg; exposed as a safe integer. */
  @Column({ type: 'bigint', nullable: true })
  amountFen: string | null;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'text', nullable: true })
  item: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  quantity: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Field({ description: 'ISO date.' })
  @Index()
  @Column({ type: 'date' })
  donatedOn: string;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  donorOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'donor_organisation_id' })
  donorOrganisation?: Organisation;

  /** A person donating in their own name. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  donorName: string | null;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  pairingId: string | null;

  @ManyToOne(() => Pairing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id' })
  pairing?: Pairing;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  visitId: string | null;

  @ManyToOne(() => PairingVisit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: PairingVisit;

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
}
