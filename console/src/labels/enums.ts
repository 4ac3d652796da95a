/**
 * Chinese and English labels of the API's enum values, keyed by the enum's name in the OpenAPI document: the one
 * table the console has until the platform's catalogue endpoint serves them (issue 12). Indicators and dimensions
 * are not here: their names come from the platform's indicator catalogue (GET /api/v1/evaluation/indicators).
 * tests/unit/enum-labels.test.ts fails when the document has an enum value this table lacks.
 */
export interface Label {
  zh: string
  en: string
}

type Table = Record<string, Record<string, Label>>

export const enumLabels = {
  PartnershipStatus: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    ACTIVE: { zh: '生效', en: 'Active' },
    SUSPENDED: { zh: '暂停', en: 'Suspended' },
    TERMINATED: { zh: '终止', en: 'Terminated' },
    EXPIRED: { zh: '到期', en: 'Expired' },
  },
  Grade: {
    EXCELLENT: { zh: '优秀', en: 'Excellent' },
    GOOD: { zh: '良好', en: 'Good' },
    PASS: { zh: '合格', en: 'Pass' },
    NEEDS_IMPROVEMENT: { zh: '待改进', en: 'Needs improvement' },
    INSUFFICIENT_DATA: { zh: '数据不足', en: 'Insufficient data' },
  },
  WarningKind: {
    DORMANT: { zh: '休眠', en: 'Dormant' },
    RECTIFICATION_OVERDUE: { zh: '整改逾期', en: 'Rectification overdue' },
    SCORE_DROP: { zh: '得分下滑', en: 'Score drop' },
    COVERAGE_LOW: { zh: '覆盖不足', en: 'Low coverage' },
  },
  CoConstructionMode: {
    IDEOLOGY: { zh: '理念共享·思想引领', en: 'Shared ideas, ideological guidance' },
    ORGANIZATION: { zh: '组织共建·资源共享', en: 'Joint organisation, shared resources' },
    TALENT: { zh: '人才共育·交流合作', en: 'Joint talent cultivation and exchange' },
    INNOVATION: { zh: '科技创新·成果转化', en: 'Innovation and conversion of results' },
    CULTURE: { zh: '文化融合·品牌共创', en: 'Cultural integration, joint brand' },
  },
  Side: {
    UNIVERSITY: { zh: '校方', en: 'University' },
    ENTERPRISE: { zh: '企业方', en: 'Enterprise' },
    JOINT: { zh: '双方联合', en: 'Joint' },
  },
  ActivityType: {
    THEMED_PARTY_DAY: { zh: '主题党日', en: 'Themed party day' },
    JOINT_STUDY: { zh: '联学', en: 'Joint study' },
    SYMPOSIUM: { zh: '座谈会', en: 'Symposium' },
    LECTURE: { zh: '宣讲', en: 'Lecture' },
    SITE_VISIT: { zh: '调研走访', en: 'Site visit' },
    TRAINING: { zh: '培训', en: 'Training' },
    SIGNING_CEREMONY: { zh: '签约仪式', en: 'Signing ceremony' },
    VOLUNTEER: { zh: '志愿服务', en: 'Volunteer service' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  ExchangeType: {
    INTERNSHIP: { zh: '顶岗实习', en: 'Internship' },
    GRADUATE_EMPLOYMENT: { zh: '毕业生就业', en: 'Graduate employment' },
    TEACHER_PRACTICE: { zh: '教师企业实践', en: 'Teacher practice in the enterprise' },
    ENTERPRISE_MENTOR: { zh: '企业兼职教师/导师', en: 'Enterprise mentor' },
    STAFF_TRAINING: { zh: '员工培训', en: 'Staff training' },
    ORDER_CLASS: { zh: '订单培养', en: 'Order class' },
  },
  ExchangeDirection: {
    UNIVERSITY_TO_ENTERPRISE: { zh: '校到企', en: 'University → enterprise' },
    ENTERPRISE_TO_UNIVERSITY: { zh: '企到校', en: 'Enterprise → university' },
  },
  AchievementType: {
    RESEARCH_PROJECT: { zh: '联合科研项目', en: 'Joint research project' },
    RESEARCH_OUTPUT: { zh: '科研成果（专利、软件著作权、论文、样机）', en: 'Research output (patent, software, paper, prototype)' },
    TEACHING_RESOURCE: { zh: '教学资源（课程、教材、培训包）', en: 'Teaching resource (course, textbook, training pack)' },
    INNOVATIVE_PRACTICE: { zh: '党建创新实践案例', en: 'Innovative party-building practice' },
    AWARD: { zh: '获奖', en: 'Award' },
  },
  TeachingResourceKind: {
    COURSE: { zh: '课程', en: 'Course' },
    TEXTBOOK: { zh: '教材', en: 'Textbook' },
    TRAINING_PACKAGE: { zh: '实训资源包', en: 'Training package' },
    OTHER: { zh: '其他教学资源', en: 'Other teaching resource' },
  },
  ConversionForm: {
    LICENSE: { zh: '许可', en: 'Licence' },
    TRANSFER: { zh: '转让', en: 'Transfer' },
    PRODUCT: { zh: '产品化', en: 'Product' },
    SERVICE: { zh: '技术服务', en: 'Technical service' },
    SELF_IMPLEMENTATION: { zh: '自行实施', en: 'Self-implementation' },
  },
  RecordStatus: {
    ACTIVE: { zh: '有效', en: 'Active' },
    REVOKED: { zh: '已撤销', en: 'Revoked' },
  },
  InputStatus: {
    ACTIVE: { zh: '有效', en: 'Active' },
    WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
  },
  AssessmentKind: {
    ORG_CONSTRUCTION: { zh: '组织建设完善度', en: 'Organisation construction' },
    TEACHING_MODE: { zh: '教学模式创新', en: 'Teaching-mode innovation' },
  },
  SurveyKind: {
    SATISFACTION: { zh: '满意度', en: 'Satisfaction' },
    SOCIAL_INFLUENCE: { zh: '社会影响力', en: 'Social influence' },
  },
  FacilityKind: {
    TRAINING_ROOM: { zh: '实训室', en: 'Training room' },
    LABORATORY: { zh: '实验室', en: 'Laboratory' },
    INDUSTRY_COLLEGE: { zh: '产业学院', en: 'Industry college' },
    TRAINING_BASE: { zh: '实习实训基地', en: 'Internship and training base' },
    PARTY_POSITION: { zh: '党建实体阵地', en: 'Party-building position' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  RespondentSide: {
    UNIVERSITY: { zh: '校方', en: 'University' },
    ENTERPRISE: { zh: '企业方', en: 'Enterprise' },
    PUBLIC: { zh: '社会公众', en: 'Public' },
  },
  OrganizationKind: {
    UNIVERSITY: { zh: '高校', en: 'University' },
    ENTERPRISE: { zh: '企业', en: 'Enterprise' },
    GOVERNMENT: { zh: '政府部门', en: 'Government' },
  },
  PartyLevel: {
    COMMITTEE: { zh: '党委', en: 'Party committee' },
    GENERAL_BRANCH: { zh: '党总支', en: 'General branch' },
    BRANCH: { zh: '党支部', en: 'Branch' },
  },
  KeyProjectStatus: {
    PLANNED: { zh: '计划中', en: 'Planned' },
    IN_PROGRESS: { zh: '推进中', en: 'In progress' },
    DONE: { zh: '已完成', en: 'Done' },
    CANCELLED: { zh: '已取消', en: 'Cancelled' },
  },
  HistoryStep: {
    MONTH: { zh: '按月', en: 'By month' },
    QUARTER: { zh: '按季度', en: 'By quarter' },
  },
  ChangeCause: {
    RECORD: { zh: '一条共建记录', en: 'A record (activity, exchange, achievement, conversion)' },
    INPUT: { zh: '一项评估录入', en: 'An evaluator input' },
    PARTNERSHIP: { zh: '共建关系变更', en: 'A change of the partnership' },
    ORGANIZATION: { zh: '党组织党员人数变更', en: "A party's member count" },
    WINDOW_SHIFT: { zh: '新的一天推移了评价窗口', en: 'A new day moved the window' },
    REBUILD: { zh: '读模型重建', en: 'The read model was rebuilt' },
    WARNING: { zh: '预警开始或结束', en: 'Early warnings started or ended' },
  },
  WarningState: {
    OPEN: { zh: '未结束', en: 'Open' },
    ENDED: { zh: '已结束', en: 'Ended' },
    ALL: { zh: '全部', en: 'All' },
  },
  BenchmarkState: {
    UPCOMING: { zh: '未开始', en: 'Not begun yet' },
    CURRENT: { zh: '当前', en: 'Current' },
    PAST: { zh: '往期', en: 'Past' },
  },
  RebuildPhase: {
    PREPARING: { zh: '准备中', en: 'Preparing' },
    REPLAYING: { zh: '重放事件', en: 'Replaying the topics' },
    SCORING: { zh: '计算评分', en: 'Scoring' },
    CATCHING_UP: { zh: '追赶新事件', en: 'Catching up' },
    SWITCHING: { zh: '切换中', en: 'Switching over' },
    SWITCHED: { zh: '完成：重建的模型已生效', en: 'Done: the rebuilt model is live' },
    FAILED: { zh: '失败', en: 'Failed' },
  },
  BenchmarkListed: {
    CURRENT: { zh: '当前标杆', en: 'Current benchmarks' },
    PAST: { zh: '往期标杆', en: 'Past benchmarks' },
    ALL: { zh: '全部（含未开始）', en: 'All, also those still to come' },
  },
  WebhookEventType: {
    'score.changed': { zh: '共建关系当前得分变化', en: "A partnership's current scores changed" },
    'grade.changed': { zh: '共建关系等级变化', en: "A partnership's grade changed" },
    'partnership.status-changed': { zh: '共建关系状态变化', en: "A partnership's status changed" },
    'rectification.overdue': { zh: '整改事项逾期', en: 'A rectification item is overdue' },
    'warning.started': { zh: '预警开始', en: 'An early warning started' },
    'warning.ended': { zh: '预警结束', en: 'An early warning ended' },
  },
  WebhookDisabledReason: {
    MANUAL: { zh: '注册方已停用', en: 'Turned off by its registrant' },
    SUSTAINED_FAILURE: { zh: '投递持续失败', en: 'Every delivery failed for too long' },
  },
  WebhookDeliveryState: {
    PENDING: { zh: '待投递或待重试', en: 'Queued or to be retried' },
    DELIVERED: { zh: '已投递', en: 'Delivered' },
    FAILED: { zh: '已放弃', en: 'Given up' },
  },
  ImportState: {
    QUEUED: { zh: '排队中', en: 'Queued' },
    RUNNING: { zh: '导入中', en: 'Running' },
    SUCCEEDED: { zh: '全部导入', en: 'Every row written' },
    PARTIALLY_SUCCEEDED: { zh: '有效行已导入，其余被拒绝', en: 'Valid rows written, others refused' },
    REFUSED: { zh: '被拒绝：未写入', en: 'Refused: nothing written' },
    FAILED: { zh: '失败', en: 'Failed' },
  },
  ImportMode: {
    atomic: { zh: '整体导入：任一行无效则全部不写入', en: 'All or nothing: nothing written unless every row is valid' },
    'valid-rows': { zh: '部分导入：写入有效行，其余列入报告', en: 'Valid rows written, the others reported' },
  },
  ImportKind: {
    organizations: { zh: '组织（含最新党员人数）', en: 'Organisations (with their latest party-member count)' },
    'member-counts': {
      zh: '组织党员人数（按生效日期）',
      en: 'Party-member counts of organisations, by the date each is effective from',
    },
    partnerships: { zh: '共建合作（含年度目标）', en: 'Partnerships (with their annual targets)' },
    'key-projects': { zh: '共建重点工程', en: 'Key projects of partnerships' },
    activities: { zh: '共建活动', en: 'Joint activities' },
    exchanges: { zh: '人才交流', en: 'Talent exchanges' },
    achievements: { zh: '共建成果', en: 'Achievements' },
    conversions: { zh: '成果转化', en: 'Conversions of achievements' },
    assessments: { zh: '考核评价', en: 'Assessments' },
    surveys: { zh: '满意度调查批次', en: 'Satisfaction survey batches' },
    rectifications: { zh: '整改事项', en: 'Rectification items' },
  },
} satisfies Table

export type EnumName = keyof typeof enumLabels
export type EnumValue<E extends EnumName> = keyof (typeof enumLabels)[E] & string

/** The values of an enum, in the API's order. */
export function enumValues<E extends EnumName>(name: E): EnumValue<E>[] {
  return Object.keys(enumLabels[name]) as EnumValue<E>[]
}

/** The label of a value in the given language; the value itself when the table lacks it (a newer API). */
export function enumLabel(name: EnumName, value: string | null | undefined, language: string): string {
  if (value == null) {
    return ''
  }
  const label = (enumLabels[name] as Record<string, Label>)[value]
  if (!label) {
    return value
  }
  return language.startsWith('zh') ? label.zh : label.en
}
