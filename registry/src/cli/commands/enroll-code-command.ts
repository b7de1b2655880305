import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  DEFAULT_CODE_HOURS,
  issueEnrollCode,
  MAX_CODE_HOURS,
} from '../../offices/issue-enroll-code';
import type { AdminContext, ExitCode } from '../admin-context';

const Options = z.object({
  office: z.uuid(),
  hours: z.coerce.number().int().min(1).max(MAX_CODE_HOURS).default(DEFAULT_CODE_HOURS),
});

export async function enrollCodeCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { office: { type: 'string' }, hours: { type: 'string' } },
  });
  const parsed = Options.safeParse(values);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    if (fields.has('office')) {
      ctx.err('--office must be an office id (see `npm run registry:admin -- offices:status`)');
    }
    if (fields.has('hours')) ctx.err(`--hours must be a whole number from 1 to ${MAX_CODE_HOURS}`);
    return 2;
  }
  const { office, hours } = parsed.data;
  const result = await issueEnrollCode(ctx.db, { officeId: office, hours, now: ctx.now() });
  if (!result.ok) {
    ctx.err(`No office ${office}. List offices with: npm run registry:admin -- offices:status`);
    return 1;
  }
  ctx.out(`One-time enrollment code: ${result.code}`);
  ctx.out(`Valid until ${result.expiresAt.toISOString()} (${hours} h), for one device.`);
  ctx.out('It is shown only now and cannot be shown again: hand it to the person enrolling.');
  return 0;
}
