import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { recordKinds } from '@/api/records'
import ApiFormDialog from '@/forms/ApiFormDialog.vue'
import { i18n } from '@/i18n'

function mountDialog(submit: () => Promise<unknown>) {
  return mount(ApiFormDialog, {
    props: {
      modelValue: true,
      title: '登记活动',
      fields: recordKinds.exchange.fields,
      initial: { type: 'INTERNSHIP', direction: 'UNIVERSITY_TO_ENTERPRISE', occurredOn: '2025-06-01', headcount: 12 },
      submit,
      reload: async () => ({ type: 'INTERNSHIP', direction: 'UNIVERSITY_TO_ENTERPRISE', occurredOn: '2025-06-01', headcount: 40 }),
    },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
}

/** Element Plus renders the dialog and validates asynchronously: wait for what the user would see, generously. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 })

/** Clicks the dialog's save button once the dialog is there, as a user would. */
async function submitted() {
  await until(() => expect(document.querySelector('[data-testid="form-submit"]')).not.toBeNull())
  await flushPromises()
  document.querySelector<HTMLButtonElement>('[data-testid="form-submit"]')!.click()
}

describe('a form of the API', () => {
  it("shows the API's problem beside the field it names", async () => {
    const wrapper = mountDialog(() =>
      Promise.reject(
        new ApiError(422, {
          status: 422,
          field: 'occurredOn',
          detail: "occurredOn 2025-06-01 lies outside the partnership's term (2024-01-01 to 2025-05-31)",
        }),
      ),
    )
    await submitted()
    await until(() =>
      expect(document.querySelector('[data-field="occurredOn"] .el-form-item__error')?.textContent ?? '').toContain(
        "lies outside the partnership's term",
      ),
    )
    wrapper.unmount()
  })

  it('tells of a concurrent change (412) and reloads the latest version', async () => {
    const wrapper = mountDialog(() => Promise.reject(new ApiError(412, { status: 412, detail: 'stale' })))
    await submitted()
    await until(() =>
      expect(document.querySelector('[data-testid="conflict"]')?.textContent ?? '').toContain('该记录已被他人修改'),
    )
    document.querySelector<HTMLButtonElement>('[data-testid="conflict-reload"]')!.click()
    await until(() => expect(document.querySelector('[data-testid="conflict"]')).toBeNull())
    wrapper.unmount()
  })
})
