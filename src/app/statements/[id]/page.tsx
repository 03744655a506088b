// /statements/<id> without a slug: send the reader to the full permalink for good.
import { permanentRedirect } from "next/navigation";
import { statementUrl } from "@/lib/urls";
import { loadStatement, safeDecode } from "./_load";

export default async function StatementWithoutSlug({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const statement = await loadStatement(safeDecode(id));
  permanentRedirect(statementUrl(statement));
}
