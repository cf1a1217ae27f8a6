/**
 * Names of the provincial-level divisions of GB/T 2260, for the human-readable side of a
 * region code (a CAP `areaDesc`). Codes below provincial level are named by their province;
 * the code itself always travels alongside (a CAP `geocode`), so nothing depends on this table.
 */
const PROVINCES: Readonly<Record<string, string>> = {
  "110000": "北京市",
  "120000": "天津市",
  "130000": "河北省",
  "140000": "山西省",
  "150000": "内蒙古自治区",
  "210000": "辽宁省",
  "220000": "吉林省",
  "230000": "黑龙江省",
  "310000": "上海市",
  "320000": "江苏省",
  "330000": "浙江省",
  "340000": "安徽省",
  "350000": "福建省",
  "360000": "江西省",
  "370000": "山东省",
  "410000": "河南省",
  "420000": "湖北省",
  "430000": "湖南省",
  "440000": "广东省",
  "450000": "广西壮族自治区",
  "460000": "海南省",
  "500000": "重庆市",
  "510000": "四川省",
  "520000": "贵州省",
  "530000": "云南省",
  "540000": "西藏自治区",
  "610000": "陕西省",
  "620000": "甘肃省",
  "630000": "青海省",
  "640000": "宁夏回族自治区",
  "650000": "新疆维吾尔自治区",
  "710000": "台湾省",
  "810000": "香港特别行政区",
  "820000": "澳门特别行政区",
};

/** GB/T 2260 does not assign 100000; Tongbao uses it for the whole country (see scope.proto). */
export const WHOLE_COUNTRY = "100000";

/** The GB/T 2260 code system's name as a CAP geocode valueName. */
export const GEOCODE_SYSTEM = "GB/T 2260";

export function regionName(code: string): string {
  if (code === WHOLE_COUNTRY) return "全国";
  const province = PROVINCES[`${code.slice(0, 2)}0000`];
  if (!province) return `行政区划 ${code}`;
  return code.endsWith("0000") ? province : `${province} (${code})`;
}
