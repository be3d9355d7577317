import { expect, test } from '@playwright/test';
import { connect, dropKind, openApp, pageErrors } from './helpers';

test('two microservices sharing a database: the error shows, the quick fix removes it, undo brings it back', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'microservice', 250, 150);
  await dropKind(page, 'microservice', 250, 400);
  await dropKind(page, 'database', 650, 280);
  const [a, b] = [page.locator('.react-flow__node-microservice').nth(0), page.locator('.react-flow__node-microservice').nth(1)];
  const db = page.locator('.react-flow__node-database');
  await connect(page, a, db);
  await connect(page, b, db);
  await expect(page.getByTestId('status-counts')).toHaveText('3 nodes · 2 edges');

  // On the canvas and in the panel.
  const shared = page.locator('.aw-problem[data-rule="microservices/shared-database"]');
  await expect(shared).toHaveCount(1);
  await expect(shared).toContainText('Database');
  await expect(db.locator('.aw-node.problem-error')).toHaveCount(1);
  await expect(page.getByTestId('problem-counts')).toContainText('1 errors');
  await expect(page.getByTestId('problem-counts')).toContainText('patterns: microservices');

  // Clicking the problem selects its elements.
  await shared.click();
  await expect(page.locator('.react-flow__node-database.selected')).toHaveCount(1);

  // The quick fix is one step: each microservice gets its own database.
  await shared.getByRole('button', { name: 'Give each microservice its own database' }).click();
  await expect(shared).toHaveCount(0);
  await expect(page.locator('.react-flow__node-database')).toHaveCount(2);
  await expect(page.locator('.aw-node.problem-error')).toHaveCount(0);
  await expect(page.getByTestId('problem-counts')).toContainText('0 errors');

  // Undo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(shared).toHaveCount(1);
  await expect(page.locator('.react-flow__node-database')).toHaveCount(1);
  await expect(db.locator('.aw-node.problem-error')).toHaveCount(1);
  expect(pageErrors(page)).toEqual([]);
});

test('a problem suppressed with a reason stays listed but is not counted', async ({ page }) => {
  await openApp(page);
  await dropKind(page, 'microservice', 300, 250);
  const isolated = page.locator('.aw-problem[data-rule="graph/isolated"]');
  await expect(isolated).toHaveCount(1);
  await expect(page.getByTestId('problem-counts')).toContainText('1 info');
  await isolated.getByRole('button', { name: 'Suppress…' }).click();
  await page.getByLabel('Reason for suppressing').fill('placeholder for the workshop');
  await page.getByRole('button', { name: 'Suppress', exact: true }).click();
  await expect(isolated).toContainText('suppressed: placeholder for the workshop');
  await expect(page.getByTestId('problem-counts')).toContainText('0 info');
  await expect(page.getByTestId('problem-counts')).toContainText('1 suppressed');
});
