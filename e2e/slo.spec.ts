/**
 * Issue 16 in the editor: set a p99 target (and a peak rate) on a template, see
 * requirements/slo fire with the bottleneck marked, run "Size for the Targets", see the rule
 * clear and the simulation confirm it, undo in one step. Screenshots of the estimate overlay
 * in light and dark.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openFile, pageErrors } from './helpers';

const LAYERED = join(process.cwd(), 'assets/templates/layered.archway.json');

async function runCommand(page: Page, text: string, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.getByRole('combobox', { name: 'Command' }).fill(text);
  await expect(palette.getByRole('option').first()).toContainText(label);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
}

async function setNumber(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('form', { name: 'Design properties' }).getByLabel(label);
  await field.fill(value);
  await field.press('Enter');
}

test('a p99 target fires requirements/slo on the bottleneck; Size for the Targets clears it; undo brings it back', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const errors = pageErrors(page);
  await openApp(page);
  await openFile(page, LAYERED);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

  await setNumber(page, 'p99 latency target (ms)', '250');
  await setNumber(page, 'Peak rate (all sources) (msg/s)', '60');
  const slo = page.locator('.aw-problem[data-rule="requirements/slo"]');
  await expect(slo).toHaveCount(1);
  await expect(slo).toContainText('against a target of 250 ms');
  await expect(slo).toContainText('The bottleneck is "Business Logic, APIs"');
  // The bottleneck is marked on the canvas.
  await expect(page.locator('.react-flow__node[data-id="B"] .aw-node.problem-error')).toHaveCount(1);
  await expect(page.getByTestId('slo-summary')).toContainText('250 ms');

  await runCommand(page, 'size for', 'Size for the Targets');
  const note = page.getByTestId('sizing-note');
  await expect(note).toContainText('Sized (one undo step): replicas Business Logic, APIs 1→2');
  await expect(note).toContainText(/Simulation at peak \(60 s\): Web UI, Mobile Apps p99 \d+ ms ≤ 250 ms; nothing saturated/);
  const problemsTab = page.getByRole('tab', { name: /Problems/ });
  await problemsTab.click();
  await expect(page.getByTestId('problem-counts')).toBeVisible();
  await expect(slo).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-id="B"] .aw-node.problem-error')).toHaveCount(0);

  // The estimate overlay, light and dark.
  await runCommand(page, 'estimates', 'Show or Hide Estimates');
  await expect(page.getByTestId('estimate-B')).toBeVisible();
  await page.screenshot({ path: 'test-results/slo-estimates-light.png' });
  await runCommand(page, 'theme', 'Switch Light/Dark Theme');
  await page.screenshot({ path: 'test-results/slo-estimates-dark.png' });
  await runCommand(page, 'theme', 'Switch Light/Dark Theme');

  // One undo step brings the problem back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(slo).toHaveCount(1);
  // Only the sizing was undone: the targets are still set.
  await expect(page.getByTestId('slo-summary')).toContainText('250 ms');
  expect(errors).toEqual([]);
});
