/** Fields of a key-information report, per category, as report.create's contract stores them (defaults included). */
import type { ReportCategory } from '../../../src/core/contracts/fieldwork.contracts';
import { addCalendarDays } from '../../../src/core/time/shanghai';
import type { Random } from '../random';

const QUARTERS = ['一季度', '二季度', '三季度', '四季度'];
const INVESTORS = ['', '国投创业', '浦东科创集团', '张江高科', '红杉中国', '高瓴资本', '招商银行'];
const PRODUCTS = ['12 英寸晶圆检测设备', '新一代工业机器人控制器', '创新药 I 期临床', '车规级激光雷达', '大模型推理芯片', '高端医用影像设备'];
const PLACES_IN = ['北京市', '深圳市', '杭州市', '新加坡'];
const PLACES_OUT = ['江苏省苏州市', '浙江省嘉兴市', '安徽省合肥市', '江苏省南通市'];
const PROVINCES = ['浙江省', '江苏省', '安徽省', '广东省', '四川省'];
const TRENDS = ['下游消费电子需求回暖，订单环比增加', '原材料价格上涨，利润承压', '行业标准更新，需加快产品认证', '海外市场需求放缓'];

export const reportFieldsFor = (rng: Random, category: ReportCategory, today: string): Record<string, unknown> => {
  const past = () => addCalendarDays(today, -rng.int(1, 20));
  switch (category) {
    case '经营业绩变动':
      return { period: `${today.slice(0, 4)}年${rng.pick(QUARTERS)}`, metric: rng.pick(['营业收入', '利润', '产值', '纳税', '用工'] as const), direction: rng.chance(0.7) ? '增长' : '下降', changePercent: rng.int(1, 80), note: '' };
    case '重大投融资计划及进展':
      return { kind: rng.pick(['投资', '融资'] as const), amount: rng.int(5, 2000) * 100, stage: rng.pick(['计划', '洽谈', '签约', '落地', '完成'] as const), counterpart: rng.pick(INVESTORS), note: '' };
    case '新产品和研发重大进展':
      return { product: rng.pick(PRODUCTS), stage: rng.pick(['研发', '试产', '获批', '上市'] as const), significance: '填补国内空白，已进入头部客户验证' };
    case '董事会/发布会等重大活动':
      return { eventType: rng.pick(['董事会', '股东会', '发布会', '签约仪式', '其他'] as const), date: past(), summary: '审议年度经营计划和投资事项' };
    case '企业迁入迁出': {
      const out = rng.chance(0.35);
      return { direction: out ? '迁出' : '迁入', place: rng.pick(out ? PLACES_OUT : PLACES_IN), scope: rng.pick(['整体', '部分'] as const), expectedDate: addCalendarDays(today, rng.int(30, 180)), reason: out ? '当地提供大面积厂房和土地优惠' : '看好浦东产业生态，设立区域总部' };
    }
    case '企业政策享受':
      return { policyName: rng.pick(['研发费用加计扣除', '高新技术企业所得税优惠', '首台套保险补偿', '人才安居补贴']), amount: rng.int(10, 2000), status: rng.pick(['申报中', '已获批', '已兑现'] as const) };
    case '外省市领导来访调研':
      return { province: rng.pick(PROVINCES), leaders: '副市长等一行 6 人', date: past(), topics: '考察生产基地，洽谈设立新工厂' };
    case '所处行业发展动态':
      return { trend: rng.pick(TRENDS), impact: rng.pick(['利好', '利空', '中性'] as const) };
  }
};
