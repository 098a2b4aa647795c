import AxeBuilder from '@axe-core/playwright'
import { birthDaysAgo, dateOf, expect, FIXTURE_NOW, test } from './fixtures'

// Born at 32+0, 16 weeks before the fixture clock (09:00 on 4 March in Stockholm): due 8 weeks after the birth.
const birth = birthDaysAgo(16 * 7)
const dueDate = dateOf(FIXTURE_NOW, -8 * 7)

test('a baby born at 32 weeks shows the corrected age on Today and grows on the chart by it', async ({ page }) => {
  await page.goto('/welcome')
  await page.getByLabel('Yes, my baby is here').check()
  await page.getByLabel('Date of birth').fill(birth.date)
  await page.getByLabel('Time of birth').fill(birth.time)
  await page.getByLabel('Due date (optional)').fill(dueDate)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page).toHaveURL(/\/$/)

  await expect(page.locator('.today-age')).toHaveText(
    'Your baby is 16 weeks old — 8 weeks corrected (born at 32 weeks).',
  )
  // The next visit paints the same line from the first-paint snapshot, before the app has loaded.
  await page.reload()
  await expect(page.locator('.today-age')).toHaveText(
    'Your baby is 16 weeks old — 8 weeks corrected (born at 32 weeks).',
  )

  await page.goto('/log')
  await page.getByRole('button', { name: 'Add an entry' }).click()
  await page.getByRole('radio', { name: 'Weight' }).check()
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('4800')
  await page.locator('form.log-form').getByRole('button', { name: 'Save' }).click()

  const growth = page.getByRole('region', { name: 'Growth' })
  const summary = growth.locator('figcaption')
  await expect(summary).toContainText('Last weight 4,800 g at 8 weeks corrected.')
  await expect(summary).toContainText("WHO's charts differ for boys and girls")
  await expect(growth.locator('[data-centile]')).toHaveCount(0)

  await growth.getByText('Girl', { exact: true }).click()
  await expect(summary).toContainText(
    'Last weight 4,800 g at 8 weeks corrected, between the 25th and 50th centile lines.',
  )
  await expect(summary).toContainText('Born at 32 weeks')
  await expect(growth.locator('[data-centile]')).toHaveCount(7)
  await expect(growth.getByText('Corrected age in weeks')).toBeAttached()
  await growth.getByText('Show the weights as a table').click()
  await expect(growth.locator('tbody tr')).toHaveCount(1)
  await expect(growth.locator('tbody tr')).toContainText('16 weeks (8 weeks corrected)')

  // The choice is kept with the baby.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Growth' }).getByRole('radio', { name: 'Girl' })).toBeChecked()

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
