import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  CARTAGENA_GROUND_NAMES,
  CARTAGENA_GROUNDS,
  type CartagenaGround,
  type CountrySituation,
} from "@solidaria/domain";
import { trpc } from "../../api/client.js";
import { ErrorNotice, Field, Loading, TableWrap } from "../../components/ui.js";
import { capitalise, useFormat } from "../../i18n/format.js";
import { useLocale, useT } from "../../i18n/I18n.js";
import { LANGUAGE_NAMES } from "../../i18n/locale.js";
import { diffSituations, type SituationChange } from "../../lib/situation-diff.js";

const LANGUAGES = ["es", "pt", "en"] as const;

export function SituationsPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const situations = useQuery(trpc.situation.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const current = situations.data?.find((situation) => situation.country === editing);
  return (
    <>
      <section aria-labelledby="situations-heading">
        <h2 id="situations-heading">{t("coordination.situations")}</h2>
        <p>{t("situations.intro")}</p>
        {situations.isPending ? (
          <Loading />
        ) : situations.error ? (
          <ErrorNotice error={situations.error} />
        ) : (
          <TableWrap label={t("coordination.situations")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("field.country")}</th>
                  <th scope="col">{t("situations.version")}</th>
                  <th scope="col">{t("situations.lastVerified")}</th>
                  <th scope="col">{t("situations.summary")}</th>
                  <th scope="col">{t("situations.grounds")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("users.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {situations.data.map((situation) => (
                  <tr key={situation.country}>
                    <td>{format.country(situation.country)}</td>
                    <td className="number">{situation.version}</td>
                    <td>{format.date(situation.lastVerified)}</td>
                    <td>{situation.summary[locale]}</td>
                    <td>
                      {situation.cartagenaGrounds.length === 0
                        ? t("situations.noGrounds")
                        : format.list(
                            situation.cartagenaGrounds.map((entry) => CARTAGENA_GROUND_NAMES[entry.ground][locale]),
                          )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary no-print"
                        onClick={() => {
                          setEditing(situation.country);
                          requestAnimationFrame(() => document.getElementById("edit-heading")?.focus());
                        }}
                      >
                        {t("situations.edit", { country: format.country(situation.country) })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      {current ? (
        <SituationEditor
          key={`${current.country}-${current.version}`}
          current={current}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function SituationEditor({ current, onDone }: { current: CountrySituation; onDone: () => void }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CountrySituation>(() => ({ ...current, lastVerified: today() }));
  const [citation, setCitation] = useState({ source: "", locator: "" });
  const [reviewing, setReviewing] = useState(false);
  const next: CountrySituation = { ...draft, version: current.version + 1, updated: today() };
  const changes = diffSituations(current, next);
  const publish = useMutation(
    trpc.situation.publish.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.situation.pathKey() });
        onDone();
      },
    }),
  );
  const toggleGround = (ground: CartagenaGround, on: boolean) => {
    const others = draft.cartagenaGrounds.filter((entry) => entry.ground !== ground);
    const existing = current.cartagenaGrounds.find((entry) => entry.ground === ground);
    const source = existing?.source ?? { source: citation.source.trim(), locator: citation.locator.trim() || null };
    setDraft({ ...draft, cartagenaGrounds: on ? [...others, { ground, source }] : others });
  };
  const needsCitation = draft.cartagenaGrounds.some(
    (entry) => !current.cartagenaGrounds.some((old) => old.ground === entry.ground) && entry.source.source === "",
  );
  const country = format.country(current.country);
  return (
    <section aria-labelledby="edit-heading" className="editor no-print">
      <h2 id="edit-heading" tabIndex={-1}>
        {t("situations.editTitle", { country, version: current.version + 1 })}
      </h2>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setReviewing(true);
          requestAnimationFrame(() => document.getElementById("review-heading")?.focus());
        }}
      >
        {LANGUAGES.map((language) => (
          <Field key={language} label={t("situations.summaryIn", { language: LANGUAGE_NAMES[language] })}>
            {(props) => (
              <textarea
                {...props}
                lang={language}
                rows={3}
                value={draft.summary[language]}
                onChange={(event) =>
                  setDraft({ ...draft, summary: { ...draft.summary, [language]: event.target.value } })
                }
              />
            )}
          </Field>
        ))}
        <Field label={t("situations.since")} hint={t("situations.sinceHint")}>
          {(props) => (
            <input
              {...props}
              value={draft.since?.value ?? ""}
              disabled={draft.since === null}
              onChange={(event) =>
                draft.since && setDraft({ ...draft, since: { ...draft.since, value: event.target.value } })
              }
            />
          )}
        </Field>
        <Field label={t("situations.endedOn")} hint={t("situations.endedOnHint")}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.endedOn ?? ""}
              onChange={(event) => setDraft({ ...draft, endedOn: event.target.value || null })}
            />
          )}
        </Field>
        <Field label={t("situations.lastVerified")} hint={t("situations.lastVerifiedHint")}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.lastVerified}
              onChange={(event) => setDraft({ ...draft, lastVerified: event.target.value })}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t("situations.grounds")}</legend>
          {CARTAGENA_GROUNDS.map((ground) => (
            <label className="choice" key={ground}>
              <input
                type="checkbox"
                checked={draft.cartagenaGrounds.some((entry) => entry.ground === ground)}
                onChange={(event) => toggleGround(ground, event.target.checked)}
              />{" "}
              {capitalise(CARTAGENA_GROUND_NAMES[ground][locale], locale)}
            </label>
          ))}
          <p className="hint">{t("situations.citationHint")}</p>
          <Field label={t("situations.citationSource")}>
            {(props) => (
              <input
                {...props}
                value={citation.source}
                onChange={(event) => setCitation({ ...citation, source: event.target.value })}
              />
            )}
          </Field>
          <Field label={t("situations.citationLocator")}>
            {(props) => (
              <input
                {...props}
                value={citation.locator}
                onChange={(event) => setCitation({ ...citation, locator: event.target.value })}
              />
            )}
          </Field>
        </fieldset>
        {draft.figures.length > 0 ? (
          <fieldset>
            <legend>{t("situations.figures")}</legend>
            {draft.figures.map((figure, index) => (
              <div className="row" key={figure.label.en}>
                <Field label={t("situations.figureValue", { label: figure.label[locale] })}>
                  {(props) => (
                    <input
                      {...props}
                      inputMode="numeric"
                      value={String(figure.value)}
                      onChange={(event) => {
                        const value = Number(event.target.value.replace(/\D/g, ""));
                        setDraft({
                          ...draft,
                          figures: draft.figures.map((old, at) => (at === index ? { ...old, value } : old)),
                        });
                      }}
                    />
                  )}
                </Field>
                <Field
                  label={t("situations.figureAsOf", { label: figure.label[locale] })}
                  hint={t("situations.sinceHint")}
                >
                  {(props) => (
                    <input
                      {...props}
                      value={figure.asOf}
                      onChange={(event) =>
                        setDraft({
                          ...draft,
                          figures: draft.figures.map((old, at) =>
                            at === index ? { ...old, asOf: event.target.value } : old,
                          ),
                        })
                      }
                    />
                  )}
                </Field>
              </div>
            ))}
          </fieldset>
        ) : null}
        {needsCitation ? (
          <p className="field-error" role="alert">
            {t("situations.citationNeeded")}
          </p>
        ) : null}
        <p className="actions">
          <button type="submit" disabled={needsCitation}>
            {t("situations.review")}
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            {t("common.cancel")}
          </button>
        </p>
      </form>
      {reviewing ? (
        <div className="review">
          <h3 id="review-heading" tabIndex={-1}>
            {t("situations.changes", { count: changes.length })}
          </h3>
          {changes.length === 0 ? (
            <p>{t("situations.noChanges")}</p>
          ) : (
            <ul>
              {changes.map((change, index) => (
                <li key={index}>
                  <ChangeWords change={change} />
                </li>
              ))}
            </ul>
          )}
          <ErrorNotice error={publish.error} />
          <p>
            <button type="button" onClick={() => publish.mutate(next)} disabled={publish.isPending}>
              {t("situations.publish", { version: next.version, country })}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}

function ChangeWords({ change }: { change: SituationChange }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const none = t("situations.none");
  const date = (value: string | null) => (value ? format.date(value) : none);
  switch (change.kind) {
    case "summary":
      return (
        <>
          {t("diff.summary", { language: LANGUAGE_NAMES[change.language] })}
          <blockquote lang={change.language}>
            <del>{change.before}</del>
            <ins>{change.after}</ins>
          </blockquote>
        </>
      );
    case "since":
      return <>{t("diff.since", { before: change.before ?? none, after: change.after ?? none })}</>;
    case "endedOn":
      return <>{t("diff.endedOn", { before: date(change.before), after: date(change.after) })}</>;
    case "lastVerified":
    case "updated":
      return <>{t("diff.lastVerified", { before: date(change.before), after: date(change.after) })}</>;
    case "groundAdded":
    case "groundRemoved":
      return (
        <>
          {t(change.kind === "groundAdded" ? "diff.groundAdded" : "diff.groundRemoved", {
            ground: CARTAGENA_GROUND_NAMES[change.ground as CartagenaGround][locale],
          })}
        </>
      );
    case "evidenceAdded":
    case "evidenceRemoved":
      return (
        <>
          {t(change.kind === "evidenceAdded" ? "diff.evidenceAdded" : "diff.evidenceRemoved", {
            summary: change.summary[locale],
          })}
        </>
      );
    case "figureChanged":
      return (
        <>
          {t("diff.figureChanged", {
            label: change.label[locale],
            before: format.number(change.before.value),
            beforeAsOf: change.before.asOf,
            after: format.number(change.after.value),
            afterAsOf: change.after.asOf,
          })}
        </>
      );
    case "figureAdded":
    case "figureRemoved":
      return (
        <>
          {t(change.kind === "figureAdded" ? "diff.figureAdded" : "diff.figureRemoved", {
            label: change.label[locale],
            value: format.number(change.value),
            asOf: change.asOf,
          })}
        </>
      );
  }
}
