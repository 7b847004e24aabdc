/**
 * Industry words of organisation names and their equivalents across Chinese, pinyin and English,
 * each folded to one canonical key so that 科技 = "keji" = "Technology" = "Science and Technology"
 * = "Tech". An organisation name token that is an industry word is matched by key and weighted
 * below a trade name: it tells what the organisation does, not which one it is.
 *
 * `en` lists folded English phrases and common abbreviations (nomenklatura issue #274: GRP, COMM,
 * TECH, SRVCES ...). `zh` lists simplified forms (traditional input is converted first).
 */
export interface IndustryWord {
  key: string;
  zh: readonly string[];
  pinyin: readonly string[];
  en: readonly string[];
}

export const INDUSTRY_WORDS: readonly IndustryWord[] = [
  { key: 'technology', zh: ['科技', '技术', '工艺'], pinyin: ['keji', 'jishu'], en: ['technology', 'technologies', 'tech', 'techn', 'technol', 'technological', 'science and technology', 'sci tech', 'scitech', 'hi tech', 'high tech', 'hitech', 'high technology'] },
  { key: 'electronics', zh: ['电子'], pinyin: ['dianzi'], en: ['electronics', 'electronic', 'elec', 'electr'] },
  { key: 'aviation', zh: ['航空'], pinyin: ['hangkong'], en: ['aviation', 'aeronautics', 'aeronautical', 'aero', 'aircraft', 'air'] },
  { key: 'aerospace', zh: ['航天'], pinyin: ['hangtian'], en: ['aerospace', 'astronautics', 'astronautic', 'space'] },
  { key: 'institute', zh: ['研究所', '所'], pinyin: ['yanjiusuo'], en: ['research institute', 'institute', 'inst', 'institut', 'institution'] },
  { key: 'academy', zh: ['研究院', '科学院', '学院', '院'], pinyin: ['yanjiuyuan', 'kexueyuan', 'xueyuan'], en: ['academy', 'research academy', 'academy of sciences', 'college', 'acad'] },
  { key: 'university', zh: ['大学'], pinyin: ['daxue'], en: ['university', 'univ', 'uni'] },
  { key: 'group', zh: ['集团'], pinyin: ['jituan'], en: ['group', 'grp', 'groups'] },
  { key: 'industry', zh: ['工业', '实业', '产业'], pinyin: ['gongye', 'shiye', 'chanye'], en: ['industry', 'industries', 'industrial', 'ind', 'indus', 'inds'] },
  { key: 'information', zh: ['信息', '资讯'], pinyin: ['xinxi'], en: ['information', 'info', 'inf'] },
  { key: 'communication', zh: ['通信', '通讯', '电信'], pinyin: ['tongxin', 'tongxun', 'dianxin'], en: ['communication', 'communications', 'comm', 'comms', 'commun', 'telecommunication', 'telecommunications', 'telecom', 'telecoms'] },
  { key: 'instrument', zh: ['仪器', '仪表'], pinyin: ['yiqi', 'yibiao'], en: ['instrument', 'instruments', 'instrumentation', 'instr'] },
  { key: 'materials', zh: ['材料'], pinyin: ['cailiao'], en: ['materials', 'material', 'matl', 'mat'] },
  { key: 'machinery', zh: ['机械', '机器', '机电'], pinyin: ['jixie', 'jiqi', 'jidian'], en: ['machinery', 'machine', 'machines', 'mach', 'mechanical', 'mechanics'] },
  { key: 'international', zh: ['国际'], pinyin: ['guoji'], en: ['international', 'intl', 'int', 'internat', 'interntl'] },
  { key: 'trading', zh: ['贸易', '商贸', '经贸', '商业'], pinyin: ['maoyi', 'shangmao', 'jingmao'], en: ['trading', 'trade', 'trd', 'commerce', 'commercial'] },
  { key: 'import export', zh: ['进出口'], pinyin: ['jinchukou'], en: ['import and export', 'import export', 'imp exp', 'i e', 'imp and exp', 'import exp', 'export import', 'export and import'] },
  { key: 'holding', zh: ['控股'], pinyin: ['konggu'], en: ['holdings', 'holding', 'hldgs', 'hldg'] },
  { key: 'network', zh: ['网络'], pinyin: ['wangluo'], en: ['network', 'networks', 'net'] },
  { key: 'software', zh: ['软件'], pinyin: ['ruanjian'], en: ['software', 'soft'] },
  { key: 'intelligent', zh: ['智能'], pinyin: ['zhineng'], en: ['intelligent', 'intelligence', 'smart'] },
  { key: 'optoelectronics', zh: ['光电'], pinyin: ['guangdian'], en: ['optoelectronics', 'optoelectronic', 'opto electronics', 'opto electronic', 'photoelectric', 'optical electronics'] },
  { key: 'semiconductor', zh: ['半导体'], pinyin: ['bandaoti'], en: ['semiconductor', 'semiconductors', 'semicon', 'semi conductor'] },
  { key: 'microelectronics', zh: ['微电子'], pinyin: ['weidianzi'], en: ['microelectronics', 'microelectronic', 'micro electronics'] },
  { key: 'energy', zh: ['能源'], pinyin: ['nengyuan'], en: ['energy', 'energies'] },
  { key: 'equipment', zh: ['设备', '装备'], pinyin: ['shebei', 'zhuangbei'], en: ['equipment', 'equipments', 'equip', 'eqpt'] },
  { key: 'manufacturing', zh: ['制造'], pinyin: ['zhizao'], en: ['manufacturing', 'manufacture', 'manufacturer', 'manufacturers', 'mfg', 'mfr', 'manuf'] },
  { key: 'heavy industry', zh: ['重工', '重工业'], pinyin: ['zhonggong', 'chonggong'], en: ['heavy industries', 'heavy industry', 'heavy ind', 'heavy industrial'] },
  { key: 'shipbuilding', zh: ['船舶', '造船'], pinyin: ['chuanbo', 'zaochuan'], en: ['shipbuilding', 'shipping', 'ship', 'ships', 'shipyard', 'marine'] },
  { key: 'nuclear', zh: ['核'], pinyin: [], en: ['nuclear'] },
  { key: 'chemical', zh: ['化工', '化学'], pinyin: ['huagong', 'huaxue'], en: ['chemical', 'chemicals', 'chemistry', 'chem'] },
  { key: 'biological', zh: ['生物'], pinyin: ['shengwu'], en: ['biological', 'biology', 'biotechnology', 'biotech', 'bio'] },
  { key: 'pharmaceutical', zh: ['医药', '药业', '制药'], pinyin: ['yiyao', 'yaoye', 'zhiyao'], en: ['pharmaceutical', 'pharmaceuticals', 'pharma', 'pharm', 'medicine', 'medical'] },
  { key: 'development', zh: ['发展', '开发'], pinyin: ['fazhan', 'kaifa'], en: ['development', 'develop', 'dev', 'devt'] },
  { key: 'investment', zh: ['投资'], pinyin: ['touzi'], en: ['investment', 'investments', 'invest', 'inv'] },
  { key: 'logistics', zh: ['物流'], pinyin: ['wuliu'], en: ['logistics', 'logistic'] },
  { key: 'engineering', zh: ['工程'], pinyin: ['gongcheng'], en: ['engineering', 'engineer', 'eng', 'engg', 'engr'] },
  { key: 'service', zh: ['服务'], pinyin: ['fuwu'], en: ['services', 'service', 'srvces', 'svcs', 'svc', 'servs'] },
  { key: 'system', zh: ['系统'], pinyin: ['xitong'], en: ['systems', 'system', 'sys', 'syst'] },
  { key: 'science', zh: ['科学'], pinyin: ['kexue'], en: ['science', 'sciences', 'scientific', 'sci'] },
  { key: 'precision', zh: ['精密'], pinyin: ['jingmi'], en: ['precision', 'precise'] },
  { key: 'optics', zh: ['光学'], pinyin: ['guangxue'], en: ['optics', 'optical', 'optic'] },
  { key: 'electric', zh: ['电气', '电器', '电力', '电机'], pinyin: ['dianqi', 'dianli', 'dianji'], en: ['electric', 'electrical', 'electrics', 'power'] },
  { key: 'automation', zh: ['自动化'], pinyin: ['zidonghua'], en: ['automation', 'automatic'] },
  { key: 'center', zh: ['中心'], pinyin: ['zhongxin'], en: ['center', 'centre', 'ctr'] },
  { key: 'laboratory', zh: ['实验室'], pinyin: ['shiyanshi'], en: ['laboratory', 'laboratories', 'lab', 'labs'] },
  { key: 'defense', zh: ['国防', '防务'], pinyin: ['guofang', 'fangwu'], en: ['defense', 'defence', 'def'] },
  { key: 'bank', zh: ['银行'], pinyin: ['yinhang'], en: ['bank', 'bk'] },
  { key: 'products', zh: ['产品', '制品'], pinyin: ['chanpin', 'zhipin'], en: ['products', 'product', 'prods'] },
  { key: 'control', zh: ['控制'], pinyin: ['kongzhi'], en: ['control', 'controls'] },
  { key: 'environmental', zh: ['环保', '环境'], pinyin: ['huanbao', 'huanjing'], en: ['environmental', 'environment', 'environmental protection'] },
  { key: 'measurement', zh: ['测控', '测量', '计量'], pinyin: ['cekong', 'celiang', 'jiliang'], en: ['measurement', 'measuring', 'metrology', 'measurement and control'] },
  { key: 'digital', zh: ['数字', '数码'], pinyin: ['shuzi', 'shuma'], en: ['digital'] },
  { key: 'computer', zh: ['计算机', '电脑'], pinyin: ['jisuanji', 'diannao'], en: ['computer', 'computers', 'computing'] },
  { key: 'security', zh: ['安全', '安防'], pinyin: ['anquan', 'anfang'], en: ['security', 'secure'] },
  { key: 'vehicle', zh: ['汽车', '车辆'], pinyin: ['qiche', 'cheliang'], en: ['vehicle', 'vehicles', 'automobile', 'automotive', 'auto', 'motor', 'motors'] },
  { key: 'construction', zh: ['建设', '建筑', '建工'], pinyin: ['jianshe', 'jianzhu'], en: ['construction', 'constructions', 'building', 'const', 'constr'] },
  { key: 'metal', zh: ['金属', '钢铁'], pinyin: ['jinshu'], en: ['metal', 'metals', 'metallurgy', 'metallurgical', 'steel'] },
  { key: 'petroleum', zh: ['石油', '石化'], pinyin: ['shiyou', 'shihua'], en: ['petroleum', 'oil', 'petrochemical'] },
  { key: 'unmanned', zh: ['无人机'], pinyin: ['wurenji'], en: ['unmanned', 'uav', 'drone', 'drones'] },
  { key: 'robotics', zh: ['机器人'], pinyin: ['jiqiren'], en: ['robotics', 'robot', 'robots'] },
  { key: 'commerce', zh: ['商务'], pinyin: ['shangwu'], en: ['business'] },
];

/** Place names whose usual English form is not their pinyin. Pinyin is used for all other places. */
export const CHINESE_PLACES_ENGLISH: Readonly<Record<string, string>> = {
  中国: 'china', 中华: 'china', 香港: 'hong kong', 澳门: 'macau', 台湾: 'taiwan', 内蒙古: 'inner mongolia',
  陕西: 'shaanxi', 西藏: 'tibet', 美国: 'united states', 俄罗斯: 'russia', 英国: 'united kingdom',
  日本: 'japan', 韩国: 'korea', 朝鲜: 'korea', 伊朗: 'iran', 新加坡: 'singapore', 印度: 'india',
};

/**
 * Chinese provinces, municipalities and large cities, used to recognise the place at the head of
 * an organisation name (成都 / Chengdu). Longest match first.
 */
export const CHINESE_PLACES: readonly string[] = [
  '中国', '中华', '北京', '上海', '天津', '重庆', '香港', '澳门', '台湾',
  '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南',
  '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '石家庄', '太原', '沈阳', '大连', '长春', '哈尔滨', '南京', '苏州', '无锡', '常州', '杭州', '宁波', '温州', '合肥', '福州',
  '厦门', '南昌', '济南', '青岛', '烟台', '郑州', '洛阳', '武汉', '长沙', '株洲', '广州', '深圳', '珠海', '东莞', '佛山',
  '海口', '成都', '绵阳', '贵阳', '昆明', '西安', '兰州', '西宁', '银川', '乌鲁木齐', '南宁', '拉萨', '呼和浩特', '保定',
  '唐山', '邯郸', '廊坊', '秦皇岛', '鞍山', '抚顺', '徐州', '南通', '扬州', '镇江', '嘉兴', '绍兴', '金华', '芜湖', '泉州',
  '漳州', '赣州', '淄博', '潍坊', '威海', '开封', '宜昌', '襄阳', '湘潭', '衡阳', '汕头', '惠州', '中山', '江门', '桂林',
  '柳州', '遵义', '宝鸡', '咸阳', '天水', '大庆', '吉安', '景德镇', '九江', '上饶', '十堰', '孝感', '荆州', '岳阳', '常德',
];
