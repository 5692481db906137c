// Chinese name and place-name pieces for the demo city 同心市; all of it invented.
import type { Rng } from './random';

export const CITY_NAME = '同心市';
/** The city's administrative code; districts are 6101xx like a provincial capital's. */
export const CITY_CODE = '610100';

export interface DistrictSeed {
  name: string;
  code: string;
  /** Counties are rural: towns (镇/乡) and villages (村) rather than 街道 and 社区. */
  county: boolean;
  subdistricts: number;
}

export const DISTRICTS: readonly DistrictSeed[] = [
  { name: '城关区', code: '610102', county: false, subdistricts: 10 },
  { name: '东城区', code: '610103', county: false, subdistricts: 9 },
  { name: '西城区', code: '610104', county: false, subdistricts: 11 },
  { name: '南湖区', code: '610111', county: false, subdistricts: 10 },
  { name: '北塬区', code: '610112', county: false, subdistricts: 12 },
  { name: '新华区', code: '610113', county: false, subdistricts: 8 },
  { name: '和平区', code: '610114', county: false, subdistricts: 10 },
  { name: '河东区', code: '610115', county: false, subdistricts: 9 },
  { name: '河西区', code: '610116', county: false, subdistricts: 11 },
  { name: '临河区', code: '610117', county: false, subdistricts: 10 },
  { name: '高新区', code: '610118', county: false, subdistricts: 10 },
  { name: '青山县', code: '610122', county: true, subdistricts: 11 },
  { name: '平川县', code: '610124', county: true, subdistricts: 9 },
  { name: '清河县', code: '610125', county: true, subdistricts: 10 },
];

/** Weighted towards the commonest surnames, as a real roster would be. */
const SURNAMES_COMMON = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const SURNAMES_OTHER = [...
  '郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'];

const GIVEN_MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩宇轩昊博晨俊凯健毅峰建国志文海林东亮成龙洋帅旭阳锋斌彬斐坤兵雷鸣浩然振宏德'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞燕玲婷雪慧莹琳倩颖欣怡佳晶洁丹萍红梅兰英秀玉琴蕾薇月雯璐瑶悦涵萱楠菲莉蓉凤娥桂'];
const GIVEN_SHARED = [...'文晓春思雨子一嘉心若安诗明天新立振永海小泽梓书语晨佳景'];

export function surname(rng: Rng): string {
  return rng.chance(0.55) ? rng.pick(SURNAMES_COMMON) : rng.pick(SURNAMES_OTHER);
}

export function personName(rng: Rng, gender: 'MALE' | 'FEMALE'): string {
  const own = gender === 'MALE' ? GIVEN_MALE : GIVEN_FEMALE;
  const given = rng.chance(0.3)
    ? rng.pick(own)
    : (rng.chance(0.5) ? rng.pick(GIVEN_SHARED) : rng.pick(own)) + rng.pick(own);
  return surname(rng) + given;
}

/** Street subdistricts (街道) of urban districts: unique across the city. */
export const SUBDISTRICT_STEMS = [
  '东关', '西关', '南关', '北关', '中山', '解放', '人民', '和平', '建设', '文化',
  '胜利', '长乐', '永宁', '安定', '太白', '兴庆', '含光', '大雁', '曲江', '电子城',
  '纺织城', '红旗', '东风', '青年', '新华', '振兴', '团结', '民主', '繁荣', '昌盛',
  '丰庆', '桃园', '枣园', '杏园', '柳巷', '槐荫', '松林', '竹园', '梅园', '兰亭',
  '凤城', '龙首', '凤栖', '鹤鸣', '碧水', '华清', '景园', '康乐', '安居', '颐和',
  '锦绣', '紫薇', '海棠', '玉兰', '丁香', '牡丹', '芙蓉', '石榴', '银杏', '梧桐',
  '中华', '中兴', '北辰', '东湖', '西湖', '翠湖', '文昌', '文景', '书院', '学府',
  '长缨', '天朗', '星光', '明珠', '金辉', '滨河', '滨湖', '沿河', '站前', '工农',
  '劳动', '公园', '园林', '农科', '大学城', '科技路', '丈八', '鱼化', '细柳', '草滩',
  '张家堡', '未央湖', '汉城', '三桥', '红庙坡', '土门', '枣园东', '纬二', '北院门', '南院门',
  '钟楼', '鼓楼', '城北', '城南', '河畔', '桥头', '新城', '古城', '湖滨', '清泉',
  '白鹭', '金花', '翠华', '锦华', '丰登', '春晓', '秋实', '雅苑', '乐业', '嘉园',
];

/** Towns (镇/乡) of counties. */
export const TOWN_STEMS = [
  '城关', '马坊', '杨庄', '柳林', '石桥', '高店', '河口', '双庙', '龙门', '金山',
  '白杨', '青龙', '黄堡', '新集', '太平', '三合', '大王', '小寨', '汤峪', '玉川',
  '灞源', '葛牌', '九间房', '普化', '厚畛子', '陈河', '板房子', '王家河', '富仁', '集贤',
  '终南', '哑柏', '四屯', '竹峪', '翠峰', '骆峪', '马召', '尚村', '广济', '楼观',
];

/** Urban community stems; a district may repeat none of them (a 东/西 suffix disambiguates). */
export const COMMUNITY_STEMS = [
  '建设', '和平', '朝阳', '幸福', '光明', '东关', '西关', '文化', '育才', '友谊',
  '胜利', '长乐', '永宁', '安定', '兴庆', '含光', '电子', '纺织', '铁路', '机场',
  '红旗', '东风', '青年', '人民', '振兴', '团结', '繁荣', '金花', '翠华', '锦华',
  '丰庆', '桃园', '梨园', '枣园', '杏园', '柳巷', '槐荫', '松林', '竹园', '梅园',
  '兰亭', '菊苑', '荷塘', '清泉', '白鹭', '凤城', '龙首', '凤栖', '鹤鸣', '碧水',
  '蓝天', '阳光', '春晓', '秋实', '华清', '景园', '雅苑', '康乐', '安居', '乐业',
  '颐和', '怡园', '嘉园', '佳苑', '锦绣', '绿地', '紫薇', '海棠', '玉兰', '丁香',
  '百合', '牡丹', '芙蓉', '石榴', '樱花', '银杏', '梧桐', '中山', '中华', '北辰',
  '南湖', '东湖', '翠湖', '文昌', '文景', '文汇', '书院', '学府', '师大', '长缨',
  '天朗', '星光', '明珠', '金辉', '御景', '新城', '老城', '城南', '城北', '河畔',
  '滨河', '湖滨', '桥头', '站前', '工农', '劳动', '公园', '花园', '园林', '农科',
];

/** Villages are mostly named after a clan or a landform: 王家庄, 柳树沟. */
const VILLAGE_HEADS = [...'王李张刘陈杨赵周吴孙马朱胡郭何高罗梁宋韩冯邓曹彭田董袁杜程苏魏吕丁任姚'];
const VILLAGE_TAILS = ['家庄', '家坡', '家堡', '家寨', '家湾', '家沟', '庄', '堡', '营', '店', '坪', '河'];
const VILLAGE_NATURE = ['柳树', '枣树', '石门', '河湾', '双井', '杨树', '松树', '青石', '龙泉', '凤凰', '桃花', '杏花', '白沙', '黄土', '红岩', '清水'];
const VILLAGE_NATURE_TAILS = ['沟', '坪', '坡', '湾', '岭', '峪', '滩', '寨'];

export function villageStem(rng: Rng): string {
  return rng.chance(0.65)
    ? rng.pick(VILLAGE_HEADS) + rng.pick(VILLAGE_TAILS)
    : rng.pick(VILLAGE_NATURE) + rng.pick(VILLAGE_NATURE_TAILS);
}

const ROAD_STEMS = [
  '长安', '建设', '友谊', '解放', '和平', '文化', '幸福', '光明', '朝阳', '振兴',
  '人民', '东门外', '西门外', '南门外', '北门外', '环城', '太白', '雁塔', '含光', '兴庆',
  '金花', '长乐', '咸宁', '未央', '凤城', '明光', '文景', '丈八', '科技', '高新',
  '锦业', '唐延', '团结', '劳动', '青年', '红旗', '东风', '育才', '翠华', '朱雀',
];
const ROAD_TAILS = ['路', '路', '路', '街', '大街', '巷', '大道'];

/** A street address inside a community: 建设路128号3号楼2单元 for towns, 某村3组12号 for villages. */
export function streetAddress(rng: Rng, place: string, village: boolean, withFlat: boolean): string {
  if (village) return `${place}${rng.int(1, 9)}组${rng.int(1, 80)}号`;
  const road = rng.pick(ROAD_STEMS) + rng.pick(ROAD_TAILS);
  const flat = withFlat ? `${rng.int(1, 24)}号楼${rng.int(1, 4)}单元${rng.int(1, 28)}0${rng.int(1, 4)}室` : '';
  return `${place}${road}${rng.int(1, 399)}号${flat}`;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '176', '177', '178', '180', '181', '182', '183', '185',
  '186', '187', '188', '189', '191', '199',
];

/** 11 digits starting with 1, as the network operators issue them. */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
