import { completeFirstRun, dateOf, expect, FIXTURE_NOW, test } from './fixtures'

test('a Dutch family saves their verloskundige and calls it from Help and from a card, after a reload', async ({
  page,
}) => {
  // Born two days before the clock: the bleeding and warning-sign cards are showing.
  await completeFirstRun(page, { date: dateOf(FIXTURE_NOW, -2), time: '08:00', country: 'NL' })

  await page.goto('/help')
  await expect(page.getByRole('link', { name: 'Add my care team' })).toBeVisible()

  await page.goto('/settings')
  const section = page.getByRole('region', { name: 'My care team' })
  await section.getByRole('radio', { name: 'Verloskundige (midwife)' }).check()
  await section.getByLabel('Name (optional)').fill('Verloskundigenpraktijk De Wieg')
  await section.getByLabel('Phone number').fill('020 123 45 67')
  await section.getByRole('button', { name: 'Save number' }).click()
  await expect(section.getByRole('status')).toHaveText('Saved. It now shows first on Get help now.')

  await page.reload()
  await page.goto('/help')
  const call = page.getByRole('link', { name: /Call 020 123 45 67/ })
  await expect(call).toHaveAttribute('href', 'tel:0201234567')
  await expect(call).toContainText('De Wieg')

  await page.goto('/')
  // On Today the card is in the short list, opened by its title.
  await page.getByRole('button', { name: /Bleeding in the coming weeks/ }).click()
  const card = page.getByRole('article', { name: 'Bleeding in the coming weeks' })
  await expect(card.getByRole('link', { name: /Call 020 123 45 67/ })).toHaveAttribute('href', 'tel:0201234567')
})
