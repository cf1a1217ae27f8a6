import { PROVINCES, type Province } from "./provinces.js";

/**
 * The organisations under a department below the national level, in the order a generated
 * set takes them (`--sub-offices N` takes the first N): NEA's regional and provincial
 * regulatory offices (国家能源局派出机构), MEE's regional inspection bureaus (督察局), then, province by
 * province, the provincial counterparts of the other departments (应急管理厅, 生态环境厅, …), which
 * take their guidance from the ministry and report to it.
 */
export interface SubOffice {
  id: string;
  /** The department it reports to: its profile is the template (see generate-profiles.ts). */
  parent: string;
  kind: "regional-office" | "local-authority";
  /** GB/T 2260 code of where it sits (a regional office covers several provinces). */
  region: string;
  nameZh: string;
  nameEn: string;
}

const NEA_EN = "of the National Energy Administration";
const MEE_EN = "of the Ministry of Ecology and Environment";

/** [id suffix, region, zh, en]: 6 + 1 regional 监管局, then the 监管办公室. */
const NEA_OFFICES: readonly [string, string, string, string][] = [
  ["east", "310000", "华东监管局", "East China Regulatory Office"],
  ["north", "110000", "华北监管局", "North China Regulatory Office"],
  ["northeast", "210000", "东北监管局", "Northeast China Regulatory Office"],
  ["northwest", "610000", "西北监管局", "Northwest China Regulatory Office"],
  ["central", "420000", "华中监管局", "Central China Regulatory Office"],
  ["south", "440000", "南方监管局", "Southern China Regulatory Office"],
  ["southwest", "510000", "西南监管局", "Southwest China Regulatory Office"],
  ["sx", "140000", "山西监管办公室", "Shanxi Regulatory Office"],
  ["sd", "370000", "山东监管办公室", "Shandong Regulatory Office"],
  ["gs", "620000", "甘肃监管办公室", "Gansu Regulatory Office"],
  ["xj", "650000", "新疆监管办公室", "Xinjiang Regulatory Office"],
  ["zj", "330000", "浙江监管办公室", "Zhejiang Regulatory Office"],
  ["js", "320000", "江苏监管办公室", "Jiangsu Regulatory Office"],
  ["fj", "350000", "福建监管办公室", "Fujian Regulatory Office"],
  ["ha", "410000", "河南监管办公室", "Henan Regulatory Office"],
  ["hn", "430000", "湖南监管办公室", "Hunan Regulatory Office"],
  ["yn", "530000", "云南监管办公室", "Yunnan Regulatory Office"],
  ["gz", "520000", "贵州监管办公室", "Guizhou Regulatory Office"],
];

const MEE_BUREAUS: readonly [string, string, string, string][] = [
  ["north", "110000", "华北督察局", "North China Inspection Bureau"],
  ["east", "320000", "华东督察局", "East China Inspection Bureau"],
  ["south", "440000", "华南督察局", "South China Inspection Bureau"],
  ["northwest", "610000", "西北督察局", "Northwest China Inspection Bureau"],
  ["southwest", "510000", "西南督察局", "Southwest China Inspection Bureau"],
  ["northeast", "210000", "东北督察局", "Northeast China Inspection Bureau"],
];

/**
 * A province's counterpart of a department: [department, province body, municipal body]
 * in Chinese and English (the four municipalities name theirs 局 or 委员会).
 */
export const PROVINCIAL_COUNTERPARTS: readonly {
  parent: string;
  zh: [string, string];
  en: [string, string];
}[] = [
  {
    parent: "mem",
    zh: ["应急管理厅", "应急管理局"],
    en: ["Department of Emergency Management", "Municipal Emergency Management Bureau"],
  },
  {
    parent: "mee",
    zh: ["生态环境厅", "生态环境局"],
    en: ["Department of Ecology and Environment", "Municipal Bureau of Ecology and Environment"],
  },
  {
    parent: "nhc",
    zh: ["卫生健康委员会", "卫生健康委员会"],
    en: ["Health Commission", "Municipal Health Commission"],
  },
  {
    parent: "sasac",
    zh: ["人民政府国有资产监督管理委员会", "人民政府国有资产监督管理委员会"],
    en: [
      "State-owned Assets Supervision and Administration Commission",
      "Municipal State-owned Assets Supervision and Administration Commission",
    ],
  },
  {
    parent: "samr",
    zh: ["市场监督管理局", "市场监督管理局"],
    en: ["Administration for Market Regulation", "Municipal Administration for Market Regulation"],
  },
  {
    parent: "moe",
    zh: ["教育厅", "教育委员会"],
    en: ["Department of Education", "Municipal Education Commission"],
  },
  {
    parent: "mohrss",
    zh: ["人力资源和社会保障厅", "人力资源和社会保障局"],
    en: [
      "Department of Human Resources and Social Security",
      "Municipal Bureau of Human Resources and Social Security",
    ],
  },
  {
    parent: "sastind",
    zh: ["国防科学技术工业办公室", "国防科学技术工业办公室"],
    en: [
      "Defence Science, Technology and Industry Office",
      "Municipal Defence Science, Technology and Industry Office",
    ],
  },
];

/** Every sub-office, in the order `--sub-offices N` takes them, for these provinces. */
export function subOffices(provinces: readonly Province[] = PROVINCES): SubOffice[] {
  const out: SubOffice[] = [];
  for (const [suffix, region, zh, en] of NEA_OFFICES) {
    out.push({
      id: `nea-${suffix}`,
      parent: "nea",
      kind: "regional-office",
      region,
      nameZh: `国家能源局${zh}`,
      nameEn: `${en} ${NEA_EN}`,
    });
  }
  for (const [suffix, region, zh, en] of MEE_BUREAUS) {
    out.push({
      id: `mee-${suffix}`,
      parent: "mee",
      kind: "regional-office",
      region,
      nameZh: `生态环境部${zh}`,
      nameEn: `${en} ${MEE_EN}`,
    });
  }
  for (const p of provinces) {
    const i = p.municipality ? 1 : 0;
    for (const c of PROVINCIAL_COUNTERPARTS) {
      out.push({
        id: `${p.code}-${c.parent}`,
        parent: c.parent,
        kind: "local-authority",
        region: p.region,
        nameZh: `${p.nameZh}${c.zh[i]}`,
        nameEn: `${p.nameEn} ${c.en[i]}`,
      });
    }
  }
  return out;
}
