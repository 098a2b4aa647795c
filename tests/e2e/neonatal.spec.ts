import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { birthDaysAgo, dateOf, expect, FIXTURE_NOW, test } from './fixtures'

// Born fifteen minutes before the fixture clock (09:00 in Stockholm), eight weeks before the due date:
// 32 weeks, twins or not, and straight to the neonatal unit.
const birth = birthDaysAgo(0, '08:45')
const dueDate = dateOf(FIXTURE_NOW, 56)

interface Words {
  welcome: { start: string }
  profileForm: Record<string, string>
  moments: Record<string, { title: string }>
  settings: { saveProfile: string }
}
const words = (lang: 'en' | 'sv') =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as Words

async function firstRunInTheUnit(page: Page, w: Words): Promise<void> {
  await page.goto('/welcome')
  await page.getByLabel(w.profileForm.born!).check()
  await page.getByLabel(w.profileForm.birthDate!).fill(birth.date)
  await page.getByLabel(w.profileForm.birthTime!).fill(birth.time)
  await page.getByLabel(w.profileForm.birthDueDate!).fill(dueDate)
  const question = page.getByRole('group', { name: w.profileForm.neonatalCare! })
  await expect(question.getByLabel(w.profileForm.neonatalCareNo!, { exact: true })).toBeChecked()
  await question.getByLabel(w.profileForm.neonatalCareYes!).check()
  await page.getByRole('button', { name: w.welcome.start }).click()
  await expect(page).toHaveURL(/\/$/)
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(
    results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target)}`),
  ).toEqual([])
}

test('in the neonatal unit, Today opens kangaroo care with expressing beside it and nothing counts down', async ({
  page,
}) => {
  // A first run, an axe run, a second baby and a change in settings on a machine shared with other runs.
  test.slow()
  const en = words('en')
  await firstRunInTheUnit(page, en)
  await expect(page.getByText(/^Your baby is 15 minutes old/)).toBeVisible()

  const kangaroo = page.getByRole('article', { name: 'Kangaroo care in the unit' })
  await expect(kangaroo).toBeVisible()
  await expect(kangaroo).toContainText('at least eight hours a day')
  await expect(kangaroo.getByText('Sources: S120')).toBeVisible()
  await expect(page.getByRole('article', { name: 'Skin to skin, undisturbed' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^The golden hour/ })).toHaveCount(0)
  await expect(page.locator('.countdown')).toHaveCount(0)

  const expressing = page.getByRole('button', { name: /^Expressing milk for your baby/ })
  await expressing.click()
  const card = page.getByRole('article', { name: 'Expressing milk for your baby' })
  await expect(card).toContainText('at least 8 times in 24 hours, night included')
  await expect(card.getByText('Sources: S121, S122')).toBeVisible()
  await expectNoAxeViolations(page)

  // Twins born early in the unit: a second baby changes nothing about the cards.
  await page.goto('/log')
  await page.getByRole('region', { name: 'Babies' }).getByRole('button', { name: 'Add a baby' }).click()
  await expect(page.getByRole('region', { name: 'Babies' }).getByRole('region', { name: 'Baby B' })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('article', { name: 'Kangaroo care in the unit' })).toBeVisible()
  await expect(page.locator('.countdown')).toHaveCount(0)

  // Home from the unit: the parent answers no in settings, and the first hour's cards are back.
  await page.goto('/settings')
  const question = page.getByRole('group', { name: en.profileForm.neonatalCare! })
  await expect(question.getByLabel(en.profileForm.neonatalCareYes!)).toBeChecked()
  await question.getByLabel(en.profileForm.neonatalCareNo!, { exact: true }).check()
  await page.locator('form', { has: question }).getByRole('button', { name: en.settings.saveProfile }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('article', { name: 'Skin to skin, undisturbed' })).toBeVisible()
  await expect(page.locator('.countdown').first()).toBeVisible()
  await expect(page.getByRole('article', { name: 'Kangaroo care in the unit' })).toHaveCount(0)
})

test.describe('in Swedish', () => {
  test.use({ locale: 'sv-SE' })

  test('the neonatal unit is asked about and Today shows känguruvård and urmjölkning without a countdown', async ({
    page,
  }) => {
    test.slow()
    const sv = words('sv')
    await firstRunInTheUnit(page, sv)
    const kangaroo = page.getByRole('article', { name: sv.moments.kangarooCare!.title })
    await expect(kangaroo).toBeVisible()
    await expect(kangaroo).toContainText('minst åtta timmar om dagen')
    await expect(page.getByRole('article', { name: sv.moments.skinToSkin!.title })).toHaveCount(0)
    await expect(page.locator('.countdown')).toHaveCount(0)
    await page.getByRole('button', { name: new RegExp(`^${sv.moments.expressing!.title}`) }).click()
    await expect(page.getByRole('article', { name: sv.moments.expressing!.title })).toContainText(
      'minst 8 gånger per dygn',
    )
    await expectNoAxeViolations(page)
  })
})
