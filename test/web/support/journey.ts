import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { seedFile, type WebWorld } from './web-test-env';

export function world(): WebWorld {
  return JSON.parse(readFileSync(seedFile(), 'utf8')) as WebWorld;
}

/** Every screen of every journey: no WCAG 2.1 A/AA violation at all. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen bij Werkbrug' })).toBeVisible();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The journey's last screen, kept as a CI artefact. */
export async function finalScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(__dirname, '..', '..', '..', 'test-results', 'web', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}
