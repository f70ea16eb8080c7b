import { z } from 'zod';
import type { LimitSet } from '../core/config-security.js';

export const ROLES = ['admin', 'auditor', 'user'] as const;
export type RoleName = (typeof ROLES)[number];

/** Admins of this tenant are operators of the whole gateway; admins elsewhere manage only their tenant. */
export const SYSTEM_TENANT = 'system';

export const tenantIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'tenant ids are lower-case letters, digits, _ and -, at most 63');

export const modelGlobsSchema = z
  .array(
    z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^\s,]+$/),
  )
  .min(1)
  .max(100);

export interface KeyView {
  id: string;
  tenant: string;
  role: RoleName;
  name: string;
  prefix: string;
  models: string[];
  limits: LimitSet;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
}

export interface TenantView {
  id: string;
  name: string;
  createdAt: string;
  limits: LimitSet;
}

/** Only set limits appear (null in the store means: use the default). */
export function limitsOf(row: {
  rpm: number | null;
  tpm: number | null;
  tpd: number | null;
  concurrency: number | null;
}): LimitSet {
  const out: LimitSet = {};
  if (row.rpm !== null) out.rpm = row.rpm;
  if (row.tpm !== null) out.tpm = row.tpm;
  if (row.tpd !== null) out.tpd = row.tpd;
  if (row.concurrency !== null) out.concurrency = row.concurrency;
  return out;
}

export function limitColumns(limits: LimitSet | undefined): {
  rpm: number | null;
  tpm: number | null;
  tpd: number | null;
  concurrency: number | null;
} {
  return {
    rpm: limits?.rpm ?? null,
    tpm: limits?.tpm ?? null,
    tpd: limits?.tpd ?? null,
    concurrency: limits?.concurrency ?? null,
  };
}
