// An organisation's part in a joint campaign: its role and whether it accepted.
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from './campaign.entity';

export enum PartnerRole {
  LEAD = 'LEAD',
  CO_ORGANISER = 'CO_ORGANISER',
  SUPPORTER = 'SUPPORTER',
}
registerEnumType(PartnerRole, { name: 'PartnerRole' });

export enum PartnerStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

@ObjectType({ implements: Node })
@Entity()
@Unique('uq_campaign_partner', ['campaignId', 'organisationId'])
export class CampaignPartner extends BaseEntity {
  @Index()
  @Column({ type: 'bigint' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Index()
  @Column({ type: 'bigint' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => PartnerRole)
  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role: PartnerRole;

  @Field(() => PartnerStatus)
  @Index()
  @Column({ type: 'enum', enum: PartnerStatus, enumName: 'partner_status', default: PartnerStatus.INVITED })
  status: PartnerStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
