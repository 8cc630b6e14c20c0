import { expect, test, type Page } from '@playwright/test';
import { contentEntries, contentModel, contentTrackRole } from '../fixtures/content';
import { buildTrack } from '../../src/lib/tracks';
import { trackDurationText } from '../../src/lib/roles';
import { HOURS_PER_WEEK } from '../../src/lib/rules';

// The roles, skills and months as authored, so the pages are checked against the content itself.
const roles = contentEntries('roles').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
const role = (id: string) => roles.find((r) => r.id === id)!;
const title = (id: string) => String(role(id).data['title']);
const levels = (id: string) => role(id).data['levels'] as { entry: Record<string, number>; experienced: Record<string, number> };
const { skills, months } = contentModel();
/** The track's size as the page must word it, from the content's hours. */
const duration = (id: string) => trackDurationText(buildTrack(skills, months, contentTrackRole(role(id))), HOURS_PER_WEEK.default);

const track = (page: Page) => page.getByRole('region', { name: 'The track' });

test('/roles/ lists every role in order, each linking to its page', async ({ page }) => {
  await page.goto('roles/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roles');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');
  expect(roles).toHaveLength(9);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    ...roles.map((r) => String(r.data['title'])),
    'Roles and skills at a glance',
  ]);
  for (const r of roles) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: String(r.data['title']), exact: true }) });
    await expect(card.getByRole('link', { name: String(r.data['title']), exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/roles/${r.id}/$`),
    );
    await expect(card).toContainText(`Track: ${duration(r.id)}`);
  }
  await page
    .getByRole('list')
    .getByRole('link', { name: title('nurse-informaticist'), exact: true })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('nurse-informaticist'));
});

test('a role page says what the role does, its job titles, its levels at entry and experienced, its certifications and its track', async ({
  page,
}) => {
  const id = 'health-data-interoperability-engineer';
  await page.goto(`roles/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(id));

  const duties = page.getByRole('region', { name: 'What the role does' }).getByRole('listitem');
  await expect(duties).toHaveText(role(id).data['duties'] as string[]);
  await expect(page.getByRole('region', { name: 'Job titles' }).getByRole('listitem')).toHaveText(role(id).data['jobTitles'] as string[]);
  await expect(page.getByRole('region', { name: 'Who it suits' }).getByRole('listitem')).toHaveText(
    role(id).data['backgrounds'] as string[],
  );

  // One table per category, a row for every skill, entry and experienced levels in their own columns.
  const domain = page.getByRole('table', { name: 'Healthcare Domain Knowledge' });
  await expect(domain.getByRole('columnheader')).toHaveText(['Skill', 'Entry', 'Experienced']);
  const fhir = domain.getByRole('row', { name: /^HL7 FHIR / });
  const names = ['none', 'aware', 'working', 'proficient', 'expert'];
  const { entry, experienced } = levels(id);
  await expect(fhir.getByRole('cell')).toHaveText([
    `${entry['hl7-fhir']} ${names[entry['hl7-fhir']!]}`,
    `${experienced['hl7-fhir']} ${names[experienced['hl7-fhir']!]}`,
  ]);
  await expect(page.getByRole('region', { name: 'Skill levels' }).getByRole('rowheader')).toHaveCount(skills.length);
  await fhir.getByRole('link', { name: 'HL7 FHIR' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HL7 FHIR');
  await page.goBack();

  const certs = page.getByRole('region', { name: 'Certifications worth it' });
  await expect(certs.getByRole('link', { name: 'Certified Associate in Healthcare Information and Management Systems' })).toBeVisible();

  // The track: its size, worded from the content's hours, then every month.
  await expect(page.getByText(duration(id), { exact: true }).first()).toBeVisible();
  await expect(track(page)).toContainText(duration(id));
  const monthHeadings = track(page).getByRole('heading', { level: 3 });
  await expect(monthHeadings).toHaveCount(months.length);
  await expect(monthHeadings.first()).toHaveText(/^Month 1: /);
  // The track follows the role's suggested cloud; the others are there as alternatives.
  await expect(
    track(page).getByRole('listitem').filter({ hasText: 'Cloud platform: Google Cloud (instead of AWS or Microsoft Azure)' }),
  ).toHaveCount(1);
  const month15 = track(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Month 15: / }) });
  await expect(month15.getByRole('group')).toContainText(/Microsoft Azure, instead of Google Cloud: \d+ tasks?, \d+ hours?/);
  await monthHeadings.nth(16).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Month 17: /);
});

test('physician-only certifications are marked on the role page', async ({ page }) => {
  await page.goto('roles/clinical-informaticist/');
  const certs = page.getByRole('region', { name: 'Certifications worth it' });
  const board = certs
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Clinical Informatics Subspecialty Board Certification' }) });
  await expect(board.getByText('Physicians only')).toBeVisible();
  const nursing = certs.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Informatics Nursing Certification/ }) });
  await expect(nursing.getByText('Physicians only')).toHaveCount(0);
});

test('a role page says which skills the role needs beyond what the roadmap teaches', async ({ page }) => {
  await page.goto('roles/ai-governance-analyst/');
  const summary = track(page).getByText(/^In \d+ skills the role needs more at entry than the roadmap teaches: add time for them$/);
  const governance = track(page)
    .getByRole('listitem')
    .filter({ hasText: /^AI governance and assurance: needs proficient, / });
  await expect(governance).toBeHidden();
  await summary.click();
  await expect(governance).toBeVisible();
  await expect(governance.getByRole('link', { name: 'AI governance and assurance' })).toHaveAttribute(
    'href',
    /skills\/domain\/ai-governance\/$/,
  );
});

test('search finds a role by a job title it is advertised under, and the Roles filter keeps only roles', async ({ page }) => {
  await page.goto('roles/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('informaticist');
  await dialog.getByRole('button', { name: 'Roles' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/for “informaticist” in Roles/);
  await expect(dialog.getByRole('link', { name: title('nurse-informaticist') })).toBeVisible();
  const types = await dialog.locator('.search-type').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(types.every((t) => t === 'Role')).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a role's track is readable and its optional work and other options open", async ({ page }) => {
    const id = 'nurse-informaticist';
    await page.goto(`roles/${id}/`);
    await expect(track(page)).toContainText(duration(id));
    const month1 = track(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Month 1: / }) });
    await expect(month1.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /roadmap\/month-1\/$/);

    // Python is not needed at entry for this role, so month 1's Python work is optional: collapsed, and one click away.
    const more = month1.getByRole('group');
    const python = more.getByText(/^Python ecosystem \(entry level: none\): \d+ tasks?, \d+ hours?$/);
    await expect(python).toBeHidden();
    await more.getByText(/^More this month: \d+ optional tasks? \(\d+ hours?\)/).click();
    await expect(python).toBeVisible();

    // The other clouds' tasks are there too, by keyboard.
    const month15 = track(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Month 15: / }) });
    const other = month15.getByRole('group').getByText(/^Google Cloud, instead of Microsoft Azure: \d+ tasks?, \d+ hours?$/);
    await expect(other).toBeHidden();
    await month15.getByText(/^More this month: /).focus();
    await page.keyboard.press('Enter');
    await expect(other).toBeVisible();
  });
});
