/**
 * The 31 provincial-level divisions of the mainland with a provincial government, each with
 * its GB/T 2260 code, the letters of its ISO 3166-2:CN code as the id prefix of its
 * authorities (js-ca, js-iit, as deploy/departments already names Jiangsu's), and the name
 * of its industry and information technology authority where it is not 工业和信息化厅.
 */
export interface Province {
  /** ISO 3166-2:CN subdivision letters, lower-cased: "js" for CN-JS. */
  code: string;
  /** GB/T 2260 code. */
  region: string;
  /** The full name as its authorities carry it: 江苏省, 北京市, 内蒙古自治区. */
  nameZh: string;
  nameEn: string;
  /** Municipalities directly under the central government name their bodies 局/委员会. */
  municipality: boolean;
  /** The industry authority's own name, where it differs from 工业和信息化厅. */
  industryAuthority?: { zh: string; en: string };
}

export const PROVINCES: readonly Province[] = [
  {
    code: "bj",
    region: "110000",
    nameZh: "北京市",
    nameEn: "Beijing",
    municipality: true,
    industryAuthority: {
      zh: "经济和信息化局",
      en: "Municipal Bureau of Economy and Information Technology",
    },
  },
  {
    code: "tj",
    region: "120000",
    nameZh: "天津市",
    nameEn: "Tianjin",
    municipality: true,
    industryAuthority: {
      zh: "工业和信息化局",
      en: "Municipal Bureau of Industry and Information Technology",
    },
  },
  { code: "he", region: "130000", nameZh: "河北省", nameEn: "Hebei", municipality: false },
  { code: "sx", region: "140000", nameZh: "山西省", nameEn: "Shanxi", municipality: false },
  {
    code: "nm",
    region: "150000",
    nameZh: "内蒙古自治区",
    nameEn: "Inner Mongolia",
    municipality: false,
  },
  { code: "ln", region: "210000", nameZh: "辽宁省", nameEn: "Liaoning", municipality: false },
  { code: "jl", region: "220000", nameZh: "吉林省", nameEn: "Jilin", municipality: false },
  { code: "hl", region: "230000", nameZh: "黑龙江省", nameEn: "Heilongjiang", municipality: false },
  {
    code: "sh",
    region: "310000",
    nameZh: "上海市",
    nameEn: "Shanghai",
    municipality: true,
    industryAuthority: {
      zh: "经济和信息化委员会",
      en: "Municipal Commission of Economy and Informatization",
    },
  },
  { code: "js", region: "320000", nameZh: "江苏省", nameEn: "Jiangsu", municipality: false },
  {
    code: "zj",
    region: "330000",
    nameZh: "浙江省",
    nameEn: "Zhejiang",
    municipality: false,
    industryAuthority: {
      zh: "经济和信息化厅",
      en: "Department of Economy and Information Technology",
    },
  },
  { code: "ah", region: "340000", nameZh: "安徽省", nameEn: "Anhui", municipality: false },
  { code: "fj", region: "350000", nameZh: "福建省", nameEn: "Fujian", municipality: false },
  { code: "jx", region: "360000", nameZh: "江西省", nameEn: "Jiangxi", municipality: false },
  { code: "sd", region: "370000", nameZh: "山东省", nameEn: "Shandong", municipality: false },
  { code: "ha", region: "410000", nameZh: "河南省", nameEn: "Henan", municipality: false },
  { code: "hb", region: "420000", nameZh: "湖北省", nameEn: "Hubei", municipality: false },
  { code: "hn", region: "430000", nameZh: "湖南省", nameEn: "Hunan", municipality: false },
  { code: "gd", region: "440000", nameZh: "广东省", nameEn: "Guangdong", municipality: false },
  {
    code: "gx",
    region: "450000",
    nameZh: "广西壮族自治区",
    nameEn: "Guangxi",
    municipality: false,
  },
  { code: "hi", region: "460000", nameZh: "海南省", nameEn: "Hainan", municipality: false },
  {
    code: "cq",
    region: "500000",
    nameZh: "重庆市",
    nameEn: "Chongqing",
    municipality: true,
    industryAuthority: {
      zh: "经济和信息化委员会",
      en: "Municipal Commission of Economy and Information Technology",
    },
  },
  { code: "sc", region: "510000", nameZh: "四川省", nameEn: "Sichuan", municipality: false },
  { code: "gz", region: "520000", nameZh: "贵州省", nameEn: "Guizhou", municipality: false },
  { code: "yn", region: "530000", nameZh: "云南省", nameEn: "Yunnan", municipality: false },
  {
    code: "xz",
    region: "540000",
    nameZh: "西藏自治区",
    nameEn: "Tibet",
    municipality: false,
    industryAuthority: {
      zh: "经济和信息化厅",
      en: "Department of Economy and Information Technology",
    },
  },
  { code: "sn", region: "610000", nameZh: "陕西省", nameEn: "Shaanxi", municipality: false },
  { code: "gs", region: "620000", nameZh: "甘肃省", nameEn: "Gansu", municipality: false },
  { code: "qh", region: "630000", nameZh: "青海省", nameEn: "Qinghai", municipality: false },
  {
    code: "nx",
    region: "640000",
    nameZh: "宁夏回族自治区",
    nameEn: "Ningxia",
    municipality: false,
  },
  {
    code: "xj",
    region: "650000",
    nameZh: "新疆维吾尔自治区",
    nameEn: "Xinjiang",
    municipality: false,
  },
];
