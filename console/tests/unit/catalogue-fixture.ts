import type { IndicatorCatalogue } from '@/api/types'

/** The platform's indicator catalogue as INDICATORS.md defines it (names shortened). */
const DIMENSIONS = [
  ['ORGANIZATION', '组织共建', 0.25],
  ['RESOURCE', '资源共享', 0.2],
  ['SOCIAL', '社会效益', 0.2],
  ['INNOVATION', '创新发展', 0.2],
  ['FEEDBACK', '反馈改进', 0.15],
] as const

const INDICATORS = [
  ['ORG_PARTICIPATION', 'ORGANIZATION', 'PERCENT', null],
  ['ORG_ACTIVITY_FREQUENCY', 'ORGANIZATION', 'VOLUME', 12],
  ['ORG_CONSTRUCTION_SCORE', 'ORGANIZATION', 'RAW', null],
  ['RES_TEACHING_RESOURCES', 'RESOURCE', 'VOLUME', 4],
  ['RES_RESEARCH_PROJECTS', 'RESOURCE', 'VOLUME', 2],
  ['RES_TALENT_EXCHANGES', 'RESOURCE', 'VOLUME', 50],
  ['SOC_ECONOMIC_CONTRIBUTION', 'SOCIAL', 'VOLUME', 100],
  ['SOC_INFLUENCE_INDEX', 'SOCIAL', 'RAW', null],
  ['INN_PRACTICES', 'INNOVATION', 'VOLUME', 2],
  ['INN_CONVERSION_RATE', 'INNOVATION', 'PERCENT', null],
  ['INN_TEACHING_MODE_SCORE', 'INNOVATION', 'RAW', null],
  ['FB_SATISFACTION_INDEX', 'FEEDBACK', 'RAW', null],
  ['FB_RECTIFICATION_RATE', 'FEEDBACK', 'PERCENT', null],
] as const

export function catalogue(): IndicatorCatalogue {
  const perDimension = (dimension: string) => INDICATORS.filter(([, of]) => of === dimension).length
  return {
    dimensions: DIMENSIONS.map(([code, name, weight]) => ({ code, nameZh: name, nameEn: code, weight })),
    indicators: INDICATORS.map(([code, dimension, scoring, defaultTarget]) => ({
      code,
      nameZh: code,
      nameEn: code,
      dimension,
      unit: '',
      formula: '',
      scoring,
      defaultTarget,
      weightInDimension: 1 / perDimension(dimension),
      defaultWeight: DIMENSIONS.find(([of]) => of === dimension)![2] / perDimension(dimension),
    })),
  }
}
