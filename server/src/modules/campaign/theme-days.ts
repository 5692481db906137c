// The theme days joint campaigns are held on, and where each falls in a given year.
import { Field, ObjectType } from 'type-graphql';
import { helpTheDisabledDay } from '../../common/calendar';
import { fieldError } from '../../common/errors';
import { ThemeDay } from './campaign.entity';

/** Years the presets are offered for: wide enough for any plan, narrow enough to catch typos. */
export const PRESET_YEARS = { min: 2000, max: 2100 } as const;

interface ThemeDayRule {
  date: (year: number) => string;
  name: string;
  description: string;
}

const fixed = (month: number, day: number) => (year: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const RULES: Record<ThemeDay, ThemeDayRule> = {
  [ThemeDay.LEI_FENG_DAY]: {
    date: fixed(3, 5),
    name: '学雷锋纪念日',
    description: '3月5日学雷锋纪念日：组织志愿者走进社区，为残疾人开展义诊、法律咨询、家电维修等助残志愿服务。',
  },
  [ThemeDay.WOMENS_DAY]: {
    date: fixed(3, 8),
    name: '三八国际妇女节',
    description: '3月8日妇女节：巾帼志愿者为残疾妇女提供健康体检、技能培训和关爱陪伴。',
  },
  [ThemeDay.HELP_THE_DISABLED_DAY]: {
    date: helpTheDisabledDay,
    name: '全国助残日',
    description: '每年5月第三个星期日为全国助残日：各部门、各社会组织集中开展扶残助残志愿服务活动。',
  },
  [ThemeDay.POVERTY_ALLEVIATION_DAY]: {
    date: fixed(10, 17),
    name: '扶贫日',
    description: '10月17日扶贫日：走访困难残疾人家庭，开展就业指导、居家帮扶和爱心捐赠。',
  },
  [ThemeDay.INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES]: {
    date: fixed(12, 3),
    name: '国际残疾人日',
    description: '12月3日国际残疾人日：倡导残疾人平等参与社会生活，开展宣传和志愿服务。',
  },
};

@ObjectType({ description: 'A theme day in one year, with a suggested campaign name and description (zh-CN).' })
export class ThemeDayPreset {
  @Field(() => ThemeDay)
  themeDay: ThemeDay;

  @Field({ description: 'The day in the requested year, ISO date.' })
  date: string;

  @Field({ description: 'Suggested name (zh-CN).' })
  name: string;

  @Field({ description: 'Suggested description (zh-CN).' })
  description: string;
}

/** BAD_USER_INPUT on `field` unless the year is one presets are offered for. */
export function checkPresetYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < PRESET_YEARS.min || year > PRESET_YEARS.max) {
    throw fieldError(field, 'outOfRange', { ...PRESET_YEARS });
  }
}

/** Where the theme day falls in `year` (assumed within PRESET_YEARS). */
export function themeDayDate(day: ThemeDay, year: number): string {
  return RULES[day].date(year);
}

export function themeDayPresets(year: number): ThemeDayPreset[] {
  checkPresetYear(year);
  return Object.values(ThemeDay).map((themeDay) => ({
    themeDay,
    date: RULES[themeDay].date(year),
    name: RULES[themeDay].name,
    description: RULES[themeDay].description,
  }));
}
