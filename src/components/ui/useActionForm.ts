"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { fieldMaxLength } from "@/lib/schema";
import { issueKey } from "@/lib/validation";
import type { ActionResult } from "@/server/errors";
import { callAction } from "./useAction";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

interface Options<I extends FieldValues, R> {
  defaultValues: DefaultValues<I>;
  /** After a success: e.g. clear the form (`form.reset()`) or navigate. The page is refreshed. */
  onOk?: (data: R, values: I) => void;
  /**
   * false: no page refresh after a success. For a page the success itself invalidates (a
   * one-time link: refreshed, it would answer "link already used" over the form's "done").
   */
  refresh?: boolean;
  /** Turns what the fields hold into what the action takes (rarely needed). */
  toInput?: (values: I) => z.input<z.ZodType>;
}

/**
 * The one way to write a form (DEVELOPERS.md): react-hook-form over the feature's own zod
 * schema, checked in the browser with the same messages the server gives, then sent to the
 * server action, which parses it again. Field errors are message keys of the `validation`
 * namespace, from the browser's check and from the server alike; a failure of the whole action
 * (a rule, a lost connection) comes back as `failure` for `ActionErrorAlert`. The pending state
 * always ends, whatever happens to the request.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  options: Options<z.input<S> & FieldValues, R>,
) {
  type I = z.input<S> & FieldValues;
  const router = useRouter();
  const tv = useTranslations("validation");
  const [failure, setFailure] = useState<Failure | null>(null);
  const rhf = useForm<I>({
    // raw: the fields keep what the person typed; the server does the transforming parse.
    resolver: zodResolver(schema as never, { error: (issue) => issueKey(issue as never) }, { raw: true }) as never,
    defaultValues: options.defaultValues,
  });
  // Every registered text field gets its schema's maximum as `maxLength`: the browser then never
  // holds more than the server takes (a 1.3 MB paste is cut, and TextArea says so), and the
  // limit is written once, in the schema. A proxy, so react-hook-form's own object is untouched.
  const form = useMemo(() => {
    const register: typeof rhf.register = (name, registerOptions) => {
      const props = rhf.register(name, registerOptions);
      const maxLength = fieldMaxLength(schema, name);
      return maxLength === undefined ? props : { ...props, maxLength };
    };
    return new Proxy(rhf, { get: (target, key) => (key === "register" ? register : Reflect.get(target, key, target)) });
  }, [rhf, schema]);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const input = (options.toInput ? options.toInput(values) : values) as z.input<S>;
    const result = await callAction(action, input);
    if (result.ok) {
      options.onOk?.(result.data, values);
      if (options.refresh !== false) router.refresh();
      return;
    }
    if (result.error === "INVALID_INPUT" && result.fieldErrors) {
      for (const [field, key] of Object.entries(result.fieldErrors)) {
        if (field === "_form") continue;
        form.setError(field as Path<I>, { type: "server", message: key });
      }
    }
    setFailure(result);
  });
  /** The translated error of a field ("billing.businessId"), for the field's `error` prop. */
  function fieldError(name: FieldPath<I>): string | undefined {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? tv(key as never) : undefined;
  }
  return { form, onSubmit, fieldError, failure, pending: form.formState.isSubmitting, register: form.register };
}
