import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A dialog once its opening transition has finished: an axe scan during the fade reads its text against a
 * half-transparent background and reports contrast that the user never sees.
 */
export async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS('opacity', '1');
  return dialog;
}
