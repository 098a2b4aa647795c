import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { at, birthDaysAgo, chooseLanguage, completeFirstRun, expect, test } from './fixtures'
import { sourceIds } from '../../src/domain/sources'

// Seven and a half weeks before the fixture clock (fixtures.ts), whatever today is.
const BIRTH = birthDaysAgo(53)

const helpLinkName = { en: 'Get help now', sv: 'Få hjälp nu', nl: 'Direct hulp' } as const

async function openHelpFromHeader(page: Page, name: string = helpLinkName.en): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

async function telLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  return [...new Set(hrefs)].sort()
}

async function chooseCountry(page: Page, country: string): Promise<void> {
  await page.goto('/settings')
  await page.getByRole('group', { name: 'Where you get care' }).locator(`input[value="${country}"]`).check()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
}

async function switchLanguage(page: Page, language: string): Promise<void> {
  await page.goto('/settings')
  await chooseLanguage(page, language)
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

test('help is one tap away from every main screen', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  for (const path of ['/', '/timeline', '/journal', '/settings']) {
    await page.goto(path)
    await openHelpFromHeader(page)
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible()
  }
})

test('help is there before the first run, with numbers guessed from the browser', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await openHelpFromHeader(page)
  // The browser says en-GB, so the page starts with the UK's numbers.
  await expect(page.getByRole('radio', { name: 'the United Kingdom' })).toBeChecked()
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:999')
  await page.getByRole('radio', { name: 'Sweden' }).check()
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:112')
})

test('the emergency number comes first and fits on a small phone screen without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await completeFirstRun(page, { ...BIRTH, country: 'UK' })
  await openHelpFromHeader(page)
  const emergency = page.locator('main a[href^="tel:"]').first()
  await expect(emergency).toHaveAttribute('href', 'tel:999')
  const box = (await emergency.boundingBox())!
  const nav = (await page.getByRole('navigation').last().boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(72)
  expect(box.width).toBeGreaterThan(300)
  expect(box.y + box.height).toBeLessThanOrEqual(nav.y)
})

test('help shows the numbers of the country chosen in settings', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  const expected = {
    SE: ['tel:112', 'tel:1177', 'tel:90101'],
    NL: ['tel:08000113', 'tel:112', 'tel:113'],
    UK: ['tel:111', 'tel:116123', 'tel:999'],
    other: ['tel:112'],
  }
  for (const [country, numbers] of Object.entries(expected)) {
    await chooseCountry(page, country)
    await openHelpFromHeader(page)
    await expect(page.getByRole('group', { name: 'Numbers for' }).locator(`input[value="${country}"]`)).toBeChecked()
    expect(await telLinks(page), country).toEqual(numbers)
  }
  await expect(page.getByText('Your own midwife (verloskundige)')).toHaveCount(0)
  await chooseCountry(page, 'NL')
  await openHelpFromHeader(page)
  await expect(page.getByText('Your own midwife (verloskundige)')).toBeVisible()
})

for (const language of ['sv', 'nl'] as const) {
  test(`help speaks ${language} and keeps the numbers`, async ({ page }) => {
    await completeFirstRun(page, { ...BIRTH, country: language === 'sv' ? 'SE' : 'NL' })
    await switchLanguage(page, language)
    await openHelpFromHeader(page, helpLinkName[language])
    const call = { sv: 'Ring 112', nl: 'Bel 112' }[language]
    await expect(page.locator('main a[href="tel:112"]').first()).toContainText(call)
    const babySigns = { sv: 'Varningstecken hos barnet', nl: 'Alarmsignalen bij de baby' }[language]
    await expect(page.getByRole('heading', { level: 2, name: babySigns })).toBeVisible()
  })
}

test('the sources page lists every source and is linked from help and settings', async ({ page }) => {
  await completeFirstRun(page, BIRTH)
  await page.goto('/settings')
  await page.getByRole('link', { name: 'Sources, and how Cocoon checks its guidance' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible()
  await expect(page.locator('main ol > li')).toHaveCount(sourceIds.length)
  await expect(page.locator('main li#S1')).toContainText('Uvnäs-Moberg et al., BMC Pregnancy Childbirth 2019')
  await expect(page.locator('main li#S54')).toContainText('Bergink et al., J Psychosom Res 2011')
  await openHelpFromHeader(page)
  await page.getByRole('link', { name: 'Sources, and how Cocoon checks its guidance' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible()
})

test('on day 3 the partner page shows the milk and the third-day dip', async ({ page }) => {
  const dayThree = at('2026-03-04T11:00:00+01:00')
  await page.clock.install({ time: dayThree })
  await completeFirstRun(page, { ...birthDaysAgo(3, '09:00', dayThree), country: 'SE' })
  await openHelpFromHeader(page)
  await page.getByRole('link', { name: 'For a partner or helper: how to help today' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'For the partner' })).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Days 2 to 5: the milk and the third-day dip' }),
  ).toBeVisible()
  await expect(page.getByText('Listen more than you advise.', { exact: false })).toBeVisible()
  await page.clock.fastForward(3 * 24 * 60 * 60 * 1000)
  await expect(page.getByRole('heading', { level: 2, name: 'The first two weeks' })).toBeVisible()
})

for (const language of ['en', 'sv', 'nl'] as const) {
  for (const scheme of ['light', 'dark', 'night'] as const) {
    test(`help, sources and partner pages have no axe violations in ${language}, ${scheme}`, async ({ page }) => {
      // Three long pages, each analysed in full, on a shared machine.
      test.setTimeout(60_000)
      await completeFirstRun(page, { ...BIRTH, country: 'NL' })
      if (language !== 'en') await switchLanguage(page, language)
      if (scheme === 'night') {
        await page.goto('/settings')
        await page.getByLabel(/^(Night|Natt|Nacht) \(/).check()
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'night')
      } else {
        await page.emulateMedia({ colorScheme: scheme })
      }
      for (const path of ['/help', '/sources', '/partner']) {
        await page.goto(path)
        await expect(page.locator('main h1')).toBeVisible()
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze()
        expect(
          results.violations.map(
            (violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`,
          ),
        ).toEqual([])
      }
    })
  }
}
