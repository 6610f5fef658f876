import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "../../api/client.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { ErrorNotice, Loading, TableWrap } from "../../components/ui.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/I18n.js";

export function TokensPage() {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const tokens = useQuery(trpc.token.list.queryOptions({ includeRevoked }));
  const [revoking, setRevoking] = useState<{ id: string; label: string } | null>(null);
  const revoke = useMutation(
    trpc.token.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoking(null);
        await queryClient.invalidateQueries({ queryKey: trpc.token.pathKey() });
      },
    }),
  );
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("coordination.tokens")}</h2>
      <p>{t("tokens.intro")}</p>
      <p className="no-print">
        <label className="choice">
          <input
            type="checkbox"
            checked={includeRevoked}
            onChange={(event) => setIncludeRevoked(event.target.checked)}
          />{" "}
          {t("tokens.includeRevoked")}
        </label>
      </p>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.error ? (
        <ErrorNotice error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <p>{t("tokens.none")}</p>
      ) : (
        <TableWrap label={t("coordination.tokens")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("tokens.label")}</th>
                <th scope="col">{t("tokens.start")}</th>
                <th scope="col">{t("field.organisation")}</th>
                <th scope="col">{t("field.role")}</th>
                <th scope="col">{t("tokens.created")}</th>
                <th scope="col">{t("field.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("users.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <td>{token.label}</td>
                  <td>
                    <code>{token.shortId}</code>
                  </td>
                  <td>{token.organisationName}</td>
                  <td>{t(`role.${token.role}`)}</td>
                  <td>{format.dateTime(token.createdAt)}</td>
                  <td>
                    {token.revokedAt
                      ? t("tokens.revokedAt", { date: format.dateTime(token.revokedAt) })
                      : t("tokens.active")}
                  </td>
                  <td>
                    {token.revokedAt ? null : (
                      <button
                        type="button"
                        className="danger no-print"
                        onClick={() => setRevoking({ id: token.id, label: token.label })}
                      >
                        {t("tokens.revoke", { label: token.label })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t("tokens.revokeTitle", { label: revoking?.label ?? "" })}
        confirmLabel={t("tokens.revokeConfirm")}
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate({ id: revoking.id });
        }}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
      >
        <p>{t("tokens.revokeBody")}</p>
        <ErrorNotice error={revoke.error} />
      </ConfirmDialog>
    </section>
  );
}
