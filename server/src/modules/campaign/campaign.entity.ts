// Joint campaigns run with partner agencies, usually on a theme day.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import type { Transitions } from '../../common/state-machine';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

/** A draft is published, a published campaign is closed (and its events with it). */
export const CAMPAIGN_TRANSITIONS: Transitions<CampaignStatus> = {
  [CampaignStatus.DRAFT]: [CampaignStatus.PUBLISHED],
  [CampaignStatus.PUBLISHED]: [CampaignStatus.CLOSED],
  [CampaignStatus.CLOSED]: [],
};

export enum ThemeDay {
  LEI_FENG_DAY = 'LEI_FENG_DAY',
  WOMENS_DAY = 'WOMENS_DAY',
  HELP_THE_DISABLED_DAY = 'HELP_THE_DISABLED_DAY',
  POVERTY_ALLEVIATION_DAY = 'POVERTY_ALLEVIATION_DAY',
  INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES = 'INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES',
}
registerEnumType(ThemeDay, { name: 'ThemeDay' });

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
export class Campaign extends BaseEntity {
  @Field()
  @Index()
  @Index('idx_campaign_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ThemeDay, { nullable: true })
  @Index()
  @Column({ type: 'enum', enum: ThemeDay, enumName: 'theme_day', nullable: true })
  themeDay: ThemeDay | null;

  @Field({ description: 'First day, ISO date.' })
  @Index()
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'Last day, ISO date.' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => CampaignStatus)
  @Index()
  @Column({ type: 'enum', enum: CampaignStatus, enumName: 'campaign_status', default: CampaignStatus.DRAFT })
  status: CampaignStatus;

  @Index()
  @Column({ type: 'bigint' })
  leadOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: Organisation;

  /** The region the campaign covers (the city for city-wide campaigns). */
  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;
}
