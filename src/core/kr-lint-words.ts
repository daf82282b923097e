// The KR linter's words (Vietnamese and English, folded by foldText so `gửi` and `gui` are one entry) and its rewrite templates.
import type { Lang } from './lang';

/** What a task verb does; each family has its own outcome rewrite. */
export type VerbFamily = 'message' | 'call' | 'meet' | 'meeting' | 'event' | 'train' | 'launch' | 'build' | 'research' | 'complete';

/** Which way an outcome verb moves its metric: the rewrite says `từ X lên Y` or `từ X xuống Y`. */
export type Direction = 'up' | 'down' | 'keep' | 'reach';

export interface Roles {
  /** A verb that names work the team does; `leadOnly` when the folded word is ambiguous elsewhere (`hop`: họp/hợp, `lap`: lập/lặp). */
  task?: { family: VerbFamily; lang: Lang; leadOnly: boolean };
  /** A noun for an activity or output: a meeting, a call, an e-mail, a post. */
  activity?: VerbFamily;
  /** A verb that moves a metric; `weak` when it says no amount (`cải thiện`, `improve`). */
  outcome?: { direction: Direction; weak: boolean; lang: Lang };
  /** Something a metric can measure (after an outcome verb). */
  metric?: true;
  /** A result that, next to a number, is a target on its own (`doanh thu 5 tỷ`, `10.000 người dùng`). */
  result?: true;
  /** People outside the team (`external`), who are the audience of a rewrite, or inside it. */
  people?: 'external' | 'internal';
  /** Ends the noun phrase after a verb (`từ`, `cho`, `from`, `with`). */
  stop?: Lang;
  /** Counting words skipped before the measured noun (`số lượng`, `the number of`). */
  quantity?: true;
  /** Adverbs and cadence words skipped before the leading verb (`tiếp tục`, `weekly`). */
  leadSkip?: true;
  /** Wording of a milestone verified outside the team (`go live`, `vào sử dụng`, `approved`). */
  milestone?: true;
  /** Opens a milestone whose verdict comes a few words later (`được … phê duyệt`, `pass … audit`). */
  verdictOpen?: true;
  verdictClose?: true;
  /** `từ`/`from` and `lên`/`xuống`/`to` of the `từ X lên Y` shape. */
  rangeFrom?: true;
  rangeTo?: true;
  /** `trên`, `dưới`, `at least`: a bound before a number. */
  comparator?: true;
  /** A word after which a number is a name, not an amount (`quý 3`, `ISO 27001`, `version 3.0`). */
  numberLabel?: true;
}

const TASK_VERBS: ReadonlyArray<readonly [Lang, VerbFamily, string, string]> = [
  // [language, family, verbs matched anywhere, verbs matched only as the KR's first word]
  ['vi', 'message', 'gui|gui email|gui thu|lien he|lien lac|tra loi|dang tai|dang bai|gui di', 'dang|chay|tiep can|gioi thieu'],
  ['vi', 'call', 'goi dien|goi lai|goi dien thoai', 'goi|cham soc'],
  ['vi', 'meet', 'gap go|gap mat|vieng tham|tiep xuc|dam phan|thuong luong', 'gap|tham'],
  ['vi', 'meeting', 'hop giao ban', 'hop'],
  ['vi', 'event', 'to chuc|tham gia|tham du|dong to chuc|tai tro', ''],
  ['vi', 'train', 'dao tao|huan luyen|boi duong|tap huan|dao tao lai', ''],
  ['vi', 'launch', 'ra mat|trien khai|phat hanh|cong bo|ap dung|chay thu|van hanh thu|khai truong', 'mo|dua'],
  [
    'vi',
    'build',
    'xay dung|thiet ke|thiet ke lai|viet lai|soan|soan thao|lap ke hoach|len ke hoach|lam moi|chuan bi|cap nhat|nang cap|sua loi|sua chua|to chuc lai|tong hop|chuan hoa|so hoa|tu dong hoa|cai dat|thiet lap|tich hop|phat trien|bo sung|hoan thien|ban hanh|sap xep|thanh lap',
    'viet|lap|lam|sua|chuyen doi|quay|chuyen',
  ],
  ['vi', 'research', 'nghien cuu|khao sat|phong van|phan tich|tim hieu|kiem tra|ra soat|tim kiem|thu nghiem|kiem ke|thu thap', 'danh gia|tim'],
  ['vi', 'complete', 'hoan thanh|thuc hien|hoan tat|tiep nhan', 'xu ly|bao cao'],
  [
    'en',
    'message',
    'send|e-mail|submit|reach out|reach out to|follow up|follow up with|reply|reply to|publish|advertise|announce|notify|sent|emailed|published|contacted',
    'email|answer|respond|respond to|post|share|tweet|contact|present',
  ],
  ['en', 'call', 'call back|phone|cold call', 'call'],
  ['en', 'meet', 'meet with|negotiate|negotiate with|pitch|pitch to', 'meet|visit|demo'],
  ['en', 'meeting', 'held', 'hold|schedule|sync'],
  ['en', 'event', 'organize|organise|host|attend|sponsor|speak at|present at|exhibit at|organized|organised|hosted|attended', 'speak'],
  ['en', 'train', 'coach|teach|upskill|educate|trained', 'train'],
  [
    'en',
    'launch',
    'launch|release|ship|deploy|roll out|introduce|implement|unveil|kick off|launched|released|shipped|deployed|implemented|rolled out',
    'open|start|begin|pilot',
  ],
  [
    'en',
    'build',
    'build|rebuild|create|design|redesign|write|rewrite|draft|develop|prepare|update|upgrade|migrate|refactor|set up|install|configure|fix|automate|document|define|standardize|standardise|integrate|produce|clean up|reorganize|reorganise|finalize|finalise|establish|translate|localize|localise|built|created|designed|written|drafted|developed|prepared|updated|upgraded|migrated',
    'plan|make|add|map|compile|record',
  ],
  [
    'en',
    'research',
    'research|survey|interview|analyze|analyse|study|assess|evaluate|investigate|explore|benchmark|gather|identify|surveyed|interviewed',
    'review|audit|test|find',
  ],
  ['en', 'complete', 'complete|finish|perform|execute|conduct|completed|finished|conducted', 'do|process|handle|run'],
];

const ACTIVITY_NOUNS: ReadonlyArray<readonly [VerbFamily, string]> = [
  [
    'message',
    'email|e-mail|emails|ban tin|bai viet|bai dang|bai pr|video|quang cao|chien dich|newsletter|newsletters|post|posts|blog post|blog posts|article|articles|videos|ads|campaign|campaigns',
  ],
  ['call', 'cuoc goi|cuoc goi dien|call|calls|cold calls|phone calls|sales calls'],
  ['meet', 'buoi gap|buoi gap mat|cuoc gap|chuyen tham|visit|business review|business reviews'],
  [
    'meeting',
    'buoi hop|cuoc hop|hop giao ban|giao ban|meeting|meetings|sync|syncs|stand-up|stand-ups|standup|standups|briefing|briefings|town hall|town halls|one-on-ones',
  ],
  [
    'event',
    'hoi thao|hoi nghi|su kien|webinar|webinars|workshop|workshops|hoi cho|trien lam|buoi demo|team building|event|events|conference|conferences|trade show|trade shows|meetup|meetups|hackathon|demo|demos',
  ],
  ['train', 'buoi dao tao|khoa dao tao|khoa hoc|lop hoc|buoi tap huan|training|trainings|training session|training sessions|course|courses'],
  ['research', 'buoi phong van|interviews|user interviews|survey|surveys'],
  ['build', 'bao cao|tai lieu|report|reports|case study|case studies|spec|specs'],
];

const OUTCOME_VERBS: ReadonlyArray<readonly [Lang, Direction, string, string]> = [
  // [language, direction, strong verbs, weak verbs (no amount in the verb itself)]
  ['vi', 'up', 'tang|tang truong|nang|mo rong|gia tang|thu hut|thu ve|nhan doi', 'cai thien|cai tien|nang cao|toi uu|toi uu hoa'],
  ['vi', 'down', 'giam|cat giam|ha|ha thap|rut ngan|toi thieu hoa|han che|giam thieu', ''],
  ['vi', 'keep', 'duy tri|giu|giu vung|on dinh', 'dam bao'],
  ['vi', 'reach', 'dat|dat duoc|vuot|gia han|ky|ky ket|thu hoi|chot', ''],
  [
    'en',
    'up',
    'increase|grow|raise|boost|lift|double|triple|expand|maximize|maximise|generate|acquire|win|gain|attract|convert|sell|drive',
    'improve|enhance|optimize|optimise',
  ],
  ['en', 'down', 'reduce|decrease|cut|lower|shorten|minimize|minimise|halve|eliminate|drop', ''],
  ['en', 'keep', 'keep|maintain|sustain|hold|stay|retain', 'ensure'],
  ['en', 'reach', 'reach|achieve|hit|attain|exceed|get|close|sign|land|secure|save|earn|collect|recover', ''],
];

const METRIC_NOUNS =
  'ty le|ti le|ty suat|loi nhuan|chi phi|gia tri|diem|chi so|muc do|ces|kpi|thoi gian|toc do|nang suat|hieu suat|chat luong|do chinh xac|do phu|do hai long|su hai long|hai long|trai nghiem|luot|luot xem|tuong tac|truy cap|khach hang|khach hang tiem nang|khach hang than thiet|dai ly|doi tac|nha cung cap|hop dong|cong no|ton kho|hang ton kho|loi|loi nghiem trong|su co|khieu nai|ticket|phan hoi|danh gia|sao|ung vien|nhan vien|san luong|cong suat|chuyen doi|giu chan|roi bo|nghi viec|gan ket|nhan biet|do tre|chi tieu|quang duong|khoang cach|' +
  'sales|cost|costs|spend|satisfaction|engagement|adoption|attendance|completion|activation|usage|traffic|visits|visitors|page views|views|signup|followers|customers|clients|accounts|partners|resellers|dealers|leads|qualified leads|opportunities|pipeline|contracts|order value|aov|tickets|complaints|incidents|errors|bugs|defects|outages|downtime|latency|response time|resolution time|lead time|cycle time|time|days sales outstanding|dso|mttr|mean time to recovery|throughput|accuracy|coverage|quality|score|scores|rating|ratings|stars|reviews|click-through|ctr|share|awareness|attrition|turnover|hires|acceptance|roi|savings|utilization|productivity|efficiency|experience|distance';

const RESULT_NOUNS =
  'doanh thu|doanh so|bien loi nhuan|nguoi dung|nguoi dung hoat dong|don hang|don dat hang|giao dich|luot tai|luot truy cap|luot dang ky|luot mua|nguoi dang ky|thue bao|nguoi theo doi|khach hang moi|khach hang tra phi|thi phan|nps|csat|uptime|thoi gian hoat dong|' +
  'revenue|arr|mrr|gmv|profit|margin|rate|open rate|win rate|churn|retention|conversion|conversions|users|active users|sign-ups|signups|subscribers|downloads|installs|orders|transactions|paying customers|new customers|bookings|market share|availability|quota|sales quota|deals|new enterprise deals';

const PEOPLE: ReadonlyArray<readonly ['external' | 'internal', string]> = [
  [
    'external',
    'khach hang|dai ly|doi tac|nha cung cap|nguoi dung|customers|customer|clients|client|accounts|account|partners|prospects|prospect|dealers|resellers|users|suppliers|vendors',
  ],
  ['internal', 'nhan vien|nhan su|doi ngu|hoc vien|employees|employee|staff|agents|support agents|engineers|managers|team|teams|new hires'],
];

const STOPS: ReadonlyArray<readonly [Lang, string]> = [
  [
    'vi',
    'tu|len|xuong|den|toi|con|tren|duoi|trong|truoc|sau|cho|voi|tai|qua|de|va|sang|so voi|nho|o|ve|vao|trong vong|hang ngay|hang tuan|hang thang|hang quy|hang nam|moi ngay|moi tuan|moi thang|moi quy|moi nam|dung han',
  ],
  [
    'en',
    'from|to|by|per|in|on|at|for|with|within|before|after|above|below|under|over|through|across|into|and|or|among|once|twice|about|while|so|of|via|during|until|than|vs|who|that|which',
  ],
];

/** Phrases that own their words so that no role is read inside them (`hợp đồng` is no `họp`, `gấp đôi` is no `gặp`). */
const PLAIN_PHRASES =
  'hop dong|hop tac|hop le|hop ly|hop nhat|hop phap|phu hop|ket hop|thich hop|truong hop|gap doi|gap ba|gap ruoi|ky nang|ky thuat|ky su|dinh ky|chu ky|viet nam|tieng viet|lap lai|lap trinh|tim mach|sua chua loi|dang ky|dang ki|phien ban|ban hang|mo hinh|mo ta|dat lich|dat hang|tham so|goi dich vu|tang ca|run rate|call center|meeting room|ha noi|da nang|tang cuong|ky vong|giam doc|pho giam doc|tong giam doc|giam sat|ha tang|tinh nang|chuc nang|kha nang|nang luc|nang dong|kiem thu|thuong gap|dien tu|tu dong|tu van|dau tu|tu xa|tai chinh|tai khoan|tai san|tai xe|tai nguyen';

const QUANTITY = 'so|so luong|tong so|so lan|the number of|number of|the amount of|amount of|the total|total';
const LEAD_SKIP =
  'thanh cong|tiep tuc|dinh ky|thuong xuyen|chu dong|hang ngay|hang tuan|hang thang|hang quy|hang nam|successfully|continue to|continue|continuously|regularly|proactively|weekly|monthly|quarterly|daily|yearly|annually|we|we will|will|the team will';
const MILESTONES =
  'go live|goes live|went live|is live|vao su dung|vao hoat dong|vao van hanh|di vao hoat dong|hoat dong chinh thuc|van hanh chinh thuc|dat chung nhan|dat chuan|approved|certified|signed off|accepted by';
const VERDICT_OPEN = 'duoc|pass|passed|vuot qua';
const VERDICT_CLOSE = 'phe duyet|chap thuan|chap nhan|cong nhan|chung nhan|thong qua|audit|certification|inspection|kiem toan|thanh tra';
const RANGE_FROM = 'tu|from';
const RANGE_TO = 'len|xuong|den|toi|con|to';
const COMPARATORS =
  'tren|duoi|toi thieu|toi da|it nhat|khong qua|hon|vuot|above|below|under|over|at least|at most|more than|less than|no more than|>|<|>=|<=|≥|≤';
const NUMBER_LABELS =
  'quy|q|thang|tuan|nam|ngay|phien ban|version|ver|v|iso|soc|type|tier|level|cap|sprint|phase|giai doan|postgresql|mysql|python|java|node|ios|android|windows|week|month|quarter|year|fy|kr|okr';

const split = (words: string): string[] => (words === '' ? [] : words.split('|'));

/** Every folded phrase the linter knows, with what it means; longest phrases are matched first. */
export const LEXICON: ReadonlyMap<string, Roles> = (() => {
  const lexicon = new Map<string, Roles>();
  const add = (words: string, roles: Roles): void => {
    for (const phrase of split(words)) lexicon.set(phrase, { ...lexicon.get(phrase), ...roles });
  };
  add(PLAIN_PHRASES, {});
  for (const [lang, family, anywhere, leadOnly] of TASK_VERBS) {
    add(anywhere, { task: { family, lang, leadOnly: false } });
    add(leadOnly, { task: { family, lang, leadOnly: true } });
  }
  for (const [family, nouns] of ACTIVITY_NOUNS) add(nouns, { activity: family });
  for (const [lang, direction, strong, weak] of OUTCOME_VERBS) {
    add(strong, { outcome: { direction, weak: false, lang } });
    add(weak, { outcome: { direction, weak: true, lang } });
  }
  add(METRIC_NOUNS, { metric: true });
  add(RESULT_NOUNS, { metric: true, result: true });
  for (const [side, nouns] of PEOPLE) add(nouns, { people: side });
  for (const [lang, words] of STOPS) add(words, { stop: lang });
  add(QUANTITY, { quantity: true });
  add(LEAD_SKIP, { leadSkip: true });
  add(MILESTONES, { milestone: true });
  add(VERDICT_OPEN, { verdictOpen: true });
  add(VERDICT_CLOSE, { verdictClose: true });
  add(RANGE_FROM, { rangeFrom: true });
  add(RANGE_TO, { rangeTo: true });
  add(COMPARATORS, { comparator: true });
  add(NUMBER_LABELS, { numberLabel: true });
  return lexicon;
})();

/** The longest phrase in the lexicon, in words. */
export const LONGEST_PHRASE = Math.max(...Array.from(LEXICON.keys(), (phrase) => phrase.split(' ').length));

/** Folded words only Vietnamese uses (no English word such as `to`, `so`, `he`), and English function words: the language of text without diacritics. */
export const VI_MARKERS: ReadonlySet<string> = new Set(
  split(
    'cho|cua|cac|nhung|voi|tu|len|xuong|trong|moi|hang|khach|ty|ti|le|tang|giam|dat|duy|tri|nguoi|dung|doanh|thu|nhan|vien|thang|quy|tuan|ngay|gio|phut|sau|truoc|tren|duoi|lon|nho|va|de|duoc|viec|san|pham|hoi|thao|gui|hop|chuc|trien|khai|hoan|thanh|viet|mat|xay|lam|thuc|hien|chuan|bi|goi|lien|thiet|ke|cap|nhat|nghien|cuu|dao|tao|tham|gia|phat|lap|soan|toan|bo|tat|ca|mot|hai|ba|bon|nam|sang|chieu|kho|tinh|nang|ung|dich|vu|ho|tro|thong|bao|cao|lieu|phong|doi|nhom|quan|ly|chi|phi|luong|diem|danh|muc|cong|thi|truong|dai|khoan|tien|trinh|ky|ve|den|toi|khi|neu|nhu|bang|qua|theo|cung|rat|hon|nua|da|dang|se|chua|khong|nay|kia',
  ),
);

export const EN_MARKERS: ReadonlySet<string> = new Set(
  split('the|a|an|of|to|and|with|by|from|for|our|per|every|all|new|in|on|at|each|into|within|above|below|is|are|be|we|will|their|its|this|that|than|more|less'),
);

/** What a rewrite can be built from: the KR's object, its audience and its activity, as the person typed them. */
export interface RewriteParts {
  object: string;
  audience: string;
  activity: string;
  /** English launch rewrites: `onboarding` and `flow` of "the new onboarding flow". */
  flowModifier: string;
  flowHead: string;
}

type Template = (p: RewriteParts) => string;

/** Nouns of things people complete, for "completion" rewrites of launches (`flow`, `luồng`). */
export const FLOW_NOUNS: ReadonlySet<string> = new Set(
  split('flow|process|funnel|checkout|form|wizard|signup|sign-up|onboarding|luong|quy trinh|bieu mau|trang thanh toan'),
);
/** Objects whose rewrite is about incidents, not satisfaction. */
export const TECH_NOUNS: ReadonlySet<string> = new Set(
  split(
    'he thong|may chu|co so du lieu|module|ci/cd|server|servers|database|system|systems|service|api|pipeline|environment|cloud|infrastructure|tests|test|kiem thu|moi truong|ha tang|giam sat|monitoring|security|bao mat',
  ),
);
/** Words that make an event internal: its rewrite is about engagement, not leads. */
export const INTERNAL_EVENT_WORDS: ReadonlySet<string> = new Set(
  split('team building|noi bo|nhan vien|town hall|town halls|offsite|employees|staff|all-hands|team|teams|engineering team'),
);

const or = (value: string, fallback: string): string => (value === '' ? fallback : value);

/** Outcome rewrites per verb family, in each language; placeholders X, Y and N stay for the person to fill in. */
export const TASK_REWRITES: Readonly<Record<VerbFamily | 'internalEvent' | 'tech' | 'flow', Readonly<Record<Lang, Template>>>> = {
  message: {
    vi: (p) => `Tăng tỷ lệ ${or(p.audience, 'khách hàng')} phản hồi ${or(p.object, 'email')} từ X% lên Y%`,
    en: (p) => `Increase the ${or(p.object, 'email')} response rate${p.audience ? ` among ${p.audience}` : ''} from X% to Y%`,
  },
  call: {
    vi: (p) => `Tăng tỷ lệ cuộc gọi với ${or(p.audience, 'khách hàng')} dẫn đến bước tiếp theo (lịch hẹn, đơn hàng) từ X% lên Y%`,
    en: (p) => `Increase the share of calls with ${or(p.audience, 'customers')} that lead to a next step from X% to Y%`,
  },
  meet: {
    vi: (p) => `Đạt N cam kết gia hạn từ ${or(p.audience, 'khách hàng')} sau buổi gặp`,
    en: (p) => `Win N renewal commitments from ${or(p.audience, 'customers')} after the meetings`,
  },
  meeting: {
    vi: () => 'Tăng tỷ lệ quyết định của buổi họp được thực hiện đúng hạn từ X% lên Y%',
    en: () => 'Increase the share of meeting decisions carried out on time from X% to Y%',
  },
  event: {
    vi: (p) => `Đạt N khách hàng tiềm năng đủ điều kiện từ ${or(p.object, 'sự kiện')}`,
    en: (p) => `Generate N qualified leads from ${or(p.object, 'the event')}`,
  },
  internalEvent: {
    vi: () => 'Tăng điểm gắn kết nhân viên từ X lên Y',
    en: () => 'Raise the employee engagement score from X to Y',
  },
  train: {
    vi: (p) => `Tăng tỷ lệ ${or(p.audience, 'nhân viên')} đạt bài đánh giá sau đào tạo từ X% lên Y%`,
    en: (p) => `Increase the share of ${or(p.audience, 'staff')} who pass the post-training assessment from X% to Y%`,
  },
  launch: {
    vi: (p) => `Tăng tỷ lệ người dùng sử dụng ${or(p.object, 'sản phẩm mới')} từ X% lên Y%`,
    en: (p) => `Increase the share of users who use ${or(p.object, 'the new release')} from X% to Y%`,
  },
  flow: {
    vi: (p) => `Tăng tỷ lệ hoàn tất ${p.object} từ X% lên Y%`,
    en: (p) => `Increase ${or(p.flowModifier, p.flowHead)} completion from X% to Y% with the new ${p.flowHead}`,
  },
  build: {
    vi: (p) => `Tăng tỷ lệ người dùng đánh giá ${or(p.object, 'kết quả')} hữu ích từ X% lên Y%`,
    en: (p) => `Increase the share of users who rate ${or(p.object, 'the result')} useful from X% to Y%`,
  },
  tech: {
    vi: (p) => `Giảm số sự cố liên quan đến ${p.object} từ X xuống Y mỗi tháng`,
    en: (p) => `Reduce incidents involving ${p.object} from X to Y per month`,
  },
  research: {
    vi: (p) => `Biến kết quả "${p.activity}" thành N quyết định làm một chỉ số đi từ X lên Y`,
    en: (p) => `Turn the findings of "${p.activity}" into N decisions that move one metric from X to Y`,
  },
  complete: {
    vi: (p) => `Ghi chỉ số mà "${p.activity}" cần cải thiện, từ X lên Y`,
    en: (p) => `Name the metric "${p.activity}" should move, from X to Y`,
  },
};

/** Metrics where less is better: a vague `cải thiện chi phí` becomes `giảm`, not `tăng`. */
export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(
  split(
    'chi phi|thoi gian|do tre|loi|loi nghiem trong|su co|khieu nai|ton kho|hang ton kho|cong no|roi bo|nghi viec|cost|costs|spend|time|latency|churn|errors|bugs|defects|incidents|complaints|downtime|attrition|turnover|lead time|cycle time|response time|resolution time|dso|mttr',
  ),
);

/** Rewrites for KRs that are results but carry no number, by what their leading verb says. */
export const MEASURE_REWRITES: Readonly<
  Record<'raise' | 'lower' | Exclude<Direction, 'reach'> | 'milestone' | 'flat' | 'anyNumber', Readonly<Record<Lang, Template>>>
> = {
  raise: {
    vi: (p) => `Tăng điểm ${p.object} từ X lên Y`,
    en: (p) => `Raise the ${p.object} score from X to Y`,
  },
  lower: {
    vi: (p) => `Giảm ${p.object} từ X xuống Y`,
    en: (p) => `Reduce ${p.object} from X to Y`,
  },
  up: {
    vi: (p) => `${p.activity} từ X lên Y`,
    en: (p) => `${p.activity} from X to Y`,
  },
  down: {
    vi: (p) => `${p.activity} từ X xuống Y`,
    en: (p) => `${p.activity} from X to Y`,
  },
  keep: {
    vi: (p) => `${p.activity}, giữ ở mức X trở lên`,
    en: (p) => `${p.activity}, staying at X or better`,
  },
  milestone: {
    vi: (p) => `${p.activity}, đo bằng mốc: bắt đầu 0, mục tiêu 1`,
    en: (p) => `${p.activity}, measured as a milestone: start 0, target 1`,
  },
  flat: {
    vi: () => 'Đặt mục tiêu khác giá trị bắt đầu, ví dụ từ X lên Y',
    en: () => 'Set a target that differs from the start, for example from X to Y',
  },
  anyNumber: {
    vi: (p) => `Chọn một chỉ số cho "${p.activity}" và ghi từ X lên Y`,
    en: (p) => `Pick one number for "${p.activity}" and write it as from X to Y`,
  },
};
