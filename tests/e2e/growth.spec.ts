import AxeBuilder from '@axe-core/playwright'
import {
  birthDaysAgo,
  chooseLanguage,
  completeFirstRun,
  dateOf,
  expect,
  FIXTURE_NOW,
  openEntryForm,
  test,
} from './fixtures'

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
  await openEntryForm(page)
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

test('a length and head measured with a weight get their own charts and go on the visit sheet, in Swedish', async ({
  page,
}) => {
  const term = birthDaysAgo(6 * 7)
  await completeFirstRun(page, term)
  await page.goto('/settings')
  await chooseLanguage(page, 'sv')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await page.goto('/log')
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click()
  await page.getByRole('radio', { name: 'Vikt' }).check()
  await page.getByRole('textbox', { name: 'Vikt', exact: true }).fill('4,9 kg')
  await page.getByRole('textbox', { name: 'Längd i cm (frivilligt)' }).fill('56,5')
  await page.getByRole('textbox', { name: 'Huvudomfång i cm (frivilligt)' }).fill('38')
  await page.locator('form.log-form').getByRole('button', { name: 'Spara' }).click()

  const growth = page.getByRole('region', { name: 'Tillväxt' })
  await growth.getByText('Flicka', { exact: true }).click()
  await growth.getByTestId('growth-measure').getByText('Längd', { exact: true }).click()
  await expect(growth.locator('figcaption')).toContainText('Senaste längd 56,5 cm vid 6 veckor')
  await expect(growth.locator('[data-centile]')).toHaveCount(7)
  await expect(growth).toContainText('längd för ålder')
  await growth.getByTestId('growth-measure').getByText('Huvudomfång', { exact: true }).click()
  await expect(growth.locator('figcaption')).toContainText('Senaste huvudomfång 38 cm vid 6 veckor')

  await page.goto('/visit-sheet')
  await expect(page.getByTestId('sheet-weights')).toContainText('längd 56,5 cm, huvudomfång 38 cm')
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
