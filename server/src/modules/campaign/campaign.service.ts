// Reads of joint campaigns and their partners.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Campaign } from './campaign.entity';
import type { CampaignFilter } from './campaign.inputs';
import { isoDate } from '../../common/dates';

export class CampaignService {
  list(ctx: Context, f: CampaignFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Campaign, 'c');
    whereInRegionSubtree(qb, 'c.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    if (f.organisationId) {
      qb.andWhere('c.id IN (SELECT cp.campaign_id FROM campaign_partner cp WHERE cp.organisation_id = :partnerOrg)', {
        partnerOrg: dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
      });
    }
    if (f.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: f.statuses });
    whereEquals(qb, 'c.themeDay', f.themeDay);
    whereBetween(qb, 'c.startsOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    whereSearch(qb, 'c.name', f.search);
    return paginate(qb, page);
  }
}
