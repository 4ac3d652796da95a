import { describe, expect, it } from 'vitest'
import { decodeClaims } from '@/auth/session'
import { toCsv } from '@/util/csv'
import { dateTime, today } from '@/util/dates'

describe('dates in Asia/Shanghai', () => {
  it('counts the day as Shanghai does', () => {
    expect(today(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
    expect(today(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
  })

  it('shows timestamps in Shanghai time', () => {
    expect(dateTime('2026-03-12T06:05:00Z', 'zh-CN')).toBe('2026/03/12 14:05')
  })
})

describe('the CSV export', () => {
  it('quotes what would break a row, neutralises formulas, and starts with a BOM for Excel', () => {
    const csv = toCsv(['共建关系', '综合得分'], [['柳州职院, 广西汽车', 76.12], ['=HYPERLINK("x")', -1]])
    expect(csv).toBe('\uFEFF共建关系,综合得分\r\n"柳州职院, 广西汽车",76.12\r\n"\'=HYPERLINK(""x"")",-1\r\n')
  })
})

describe('the claims of an access token', () => {
  it('reads roles, region and a Chinese name from the payload', () => {
    const payload = { realm_access: { roles: ['bureau-officer'] }, region: '45', name: '广西教育厅' }
    const base64url = Buffer.from(JSON.stringify(payload)).toString('base64url')
    expect(decodeClaims(`header.${base64url}.signature`)).toEqual(payload)
  })
})
