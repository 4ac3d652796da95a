import { listAll, recordKinds, type RecordKindName, type RecordRow } from './records'

/**
 * Which kinds of record each indicator counts (docs/evaluation-method.md): where the console looks up the `recordIds` of an
 * indicator score. An indicator the console does not know yet is looked up in every kind.
 */
const SOURCES: Record<string, RecordKindName[]> = {
  ORG_PARTICIPATION: ['activity'],
  ORG_ACTIVITY_FREQUENCY: ['activity'],
  ORG_CONSTRUCTION_SCORE: ['assessment'],
  RES_TEACHING_RESOURCES: ['achievement'],
  RES_RESEARCH_PROJECTS: ['achievement'],
  RES_TALENT_EXCHANGES: ['exchange'],
  SOC_ECONOMIC_CONTRIBUTION: ['conversion'],
  SOC_INFLUENCE_INDEX: ['survey'],
  INN_PRACTICES: ['achievement'],
  INN_CONVERSION_RATE: ['achievement', 'conversion'],
  INN_TEACHING_MODE_SCORE: ['assessment'],
  FB_SATISFACTION_INDEX: ['survey'],
  FB_RECTIFICATION_RATE: ['rectification'],
}

export function sourcesOf(indicator: string): RecordKindName[] {
  return SOURCES[indicator] ?? (Object.keys(recordKinds) as RecordKindName[])
}

export interface RecordsOfKind {
  kind: RecordKindName
  rows: RecordRow[]
}

/** The records behind an indicator score: the partnership's records of its kinds whose ids the score names. */
export async function recordsBehind(
  indicator: string,
  partnershipId: string,
  recordIds: readonly string[],
): Promise<RecordsOfKind[]> {
  const wanted = new Set(recordIds)
  const scope = { partnershipId }
  const kinds = sourcesOf(indicator)
  const found = await Promise.all(
    kinds.map(async (kind): Promise<RecordsOfKind> => {
      if (kind === 'conversion') {
        return { kind, rows: await conversionsOf(partnershipId, wanted) }
      }
      const rows = await listAll(recordKinds[kind], scope)
      return { kind, rows: rows.filter((row) => row.id && wanted.has(row.id)) }
    }),
  )
  return found.filter((group) => group.rows.length > 0)
}

/** Conversions live under their achievement: look under each research output of the partnership. */
async function conversionsOf(partnershipId: string, wanted: Set<string>): Promise<RecordRow[]> {
  const outputs = (await listAll(recordKinds.achievement, { partnershipId })).filter(
    (achievement) => achievement.type === 'RESEARCH_OUTPUT',
  )
  const lists = await Promise.all(
    outputs.map((output) => listAll(recordKinds.conversion, { partnershipId, achievementId: output.id })),
  )
  return lists.flat().filter((row) => row.id && wanted.has(row.id))
}
