import * as z from 'zod/mini'
import { integer, openEnum, timestamp } from '../schema-helpers'
import { creditTypes } from './documents'

/**
 * Conviso's answers, from the `ExecutionCredit` type of seed 002 (every field non-null there). Enums are
 * open: a credit type or renewal cycle added later is shown by its name, not rejected.
 */

export const rollupTypes = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'NONE'] as const
export const transactionTypes = ['DEBIT', 'REFUND'] as const

export const transactionSchema = z.looseObject({
  id: z.string(),
  transactionType: openEnum(transactionTypes),
  amount: integer,
  description: z.nullish(z.string()),
  createdAt: timestamp,
})

export const executionCreditSchema = z.looseObject({
  id: z.string(),
  creditType: openEnum(creditTypes),
  credits: integer,
  usedCredits: integer,
  rollupType: openEnum(rollupTypes),
  updatedAt: z.optional(timestamp),
  transactions: z.optional(z.array(transactionSchema)),
})

/** `data` of either credits query: one entry per alias, null for a credit type the company lacks. */
export const creditsDataSchema = z.record(z.string(), z.nullable(executionCreditSchema))

/** A GraphQL error as the spec gives it; `extensions.code` is the conventional machine-readable kind. */
export const graphqlErrorSchema = z.looseObject({
  message: z.string(),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  extensions: z.optional(z.looseObject({ code: z.optional(z.string()) })),
})

/** Every GraphQL answer: `data`, `errors`, or both (a partial answer). */
export const graphqlEnvelopeSchema = z.looseObject({
  data: z.nullish(z.unknown()),
  errors: z.optional(z.array(graphqlErrorSchema)),
})

export type ExecutionCreditJson = z.input<typeof executionCreditSchema>
export type ExecutionCreditWire = z.output<typeof executionCreditSchema>
export type TransactionJson = z.input<typeof transactionSchema>
export type GraphqlErrorJson = z.input<typeof graphqlErrorSchema>
