/* The guideline's clauses: each id with its short heading and its text,
 * quoted verbatim from 千代田区ソーシャルメディア活用ガイドライン
 * (25千政広報発第123号; ../shared/guideline/).  Feedback cites these, so
 * the text must stay exactly as the guideline words it.  Ids are compared
 * after NFKC, as clauses.md prescribes, so "5(4)ｱ" finds "5(4)ア".
 */
#include "config.h"

#include <snsgate/rules.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <string.h>

typedef struct {
	const char *id;
	const char *heading;
	const char *text;
} SgClause;

static const SgClause clauses[] = {
	{"4(1)", "アカウント運用ポリシー",
	 "組織としてのアカウントの名称、運営の目的、発信する情報の概要、運用責任者、運用担当者、運用手順等運用方法について十分に検討し、アカウント運用ポリシーを策定すること"},
	{"4(2)", "なりすまし防止・セキュリティ",
	 "アカウントのなりすまし防止策やセキュリティ対策を講じること"},
	{"4(3)", "運用状況の確認",
	 "常に運用状況を確認し、適正かつ効果的な運用を図ること"},
	{"4(4)", "",
	 "利用しているソーシャルメディアの機能変更や動向に留意し、適切なサービスの活用等、必要な対応を図ること"},
	{"4(5)", "",
	 "運用開始にあたって、政策経営部広報広聴課及び IT 推進課と協議すること"},
	{"5(1)", "組織アカウントとしての自覚と責任",
	 "千代田区の組織のアカウントとして情報発信することの自覚と責任を持ち、誤った情報や誤解を与える情報を発信しないよう留意すること。"},
	{"5(2)", "法令遵守・他者の権利",
	 "地方公務員法や千代田区個人情報保護条例をはじめとする関係法令や、千代田区職員の服務に関する規程、コンプライアンスガイドライン等を遵守するとともに、肖像権、プライバシー権、著作権等、他者の権利利益を侵害しないよう留意すること。"},
	{"5(3)", "正確性・誤解の防止",
	 "発信する情報は正確を期するとともに、その内容について誤解を招かぬよう留意すること。一度インターネット上に公開された情報は、不特定多数の人により閲覧が可能であり、完全には削除できないことを理解しておくこと。"},
	{"5(4)", "",
	 "次に掲げる情報を発信しないこと。"},
	{"5(4)ア", "中傷・誹謗",
	 "個人又は団体を中傷し、又は誹謗する情報"},
	{"5(4)イ", "差別",
	 "人種、思想、信条等を差別し、又は差別を助長させる情報"},
	{"5(4)ウ", "違法・不当",
	 "違法・不当な情報又は違法・不当な行為を煽る情報"},
	{"5(4)エ", "公正性・中立性",
	 "職務の公正性又は中立性に疑義を生じさせるおそれのある情報"},
	{"5(4)オ", "事実と異なる情報",
	 "流布することを目的とした事実と異なる情報"},
	{"5(4)カ", "有害サイト・わいせつサイト",
	 "閲覧者に損害を与えようとするサイト及びわいせつな内容を含むサイトに関する情報"},
	{"5(4)キ", "善意の情報交換の妨害",
	 "故意にネットワーク上の善意の情報交換を妨げようとする情報"},
	{"5(4)ク", "区の信用・名誉",
	 "区の信用・名誉を傷つける情報"},
	{"5(4)ケ", "公序良俗",
	 "その他公序良俗に反する情報"},
	{"5(5)", "誤解への誠実な対応",
	 "発信した情報により、意図しない誤解を生じさせた場合には、誠実に対応するとともに、正しく理解されるよう努めること。"},
	{"5(6)", "攻撃的な反応への冷静な対応",
	 "発信した情報に関し攻撃的な反応があった場合には、冷静に対応し、無用な議論となるようなことは避けること。"},
	{"6(1)", "",
	 "個人として情報発信する場合においても、常に、千代田区職員であることの自覚と責任を持つこと"},
	{"6(2)", "個人見解の明記",
	 "ソーシャルメディア上で自身の職務内容や、千代田区政に関する見解を発信する場合は、ソーシャルメディアにおけるプロフィール上に「投稿内容は私個人の見解であり、千代田区及び所属部署の見解を代表するものではありません」といった趣旨の内容を記載することが望ましい。"},
	{"6(3)", "",
	 "千代田区政に関する見解を発信する場合は、次の点について留意すること。"},
	{"6(3)(ア)", "秘密情報",
	 "千代田区及び千代田区と利害関係にある者又は団体の秘密に関する情報を発信しないこと"},
	{"6(3)(イ)", "権利利益の侵害",
	 "千代田区及び第三者の権利利益を侵害する情報を発信しないこと"},
	{"6(3)(ウ)", "守秘義務",
	 "守秘義務に反する情報を発信しないこと"},
	{"6(3)(エ)", "意思形成過程の情報",
	 "職務に関する情報のうち意思形成過程における情報の取り扱いには十分留意すること"},
	{"6(4)", "職務専念義務",
	 "職務専念の義務に反しないこと"},
};

/* NFKC of a short id; ids are ASCII plus katakana, so a small buffer does. */
static bool
nfkc_id(const char *id, char *out, gsize out_size)
{
	UErrorCode status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	UChar src[64], dst[64];
	int32_t n = 0;

	u_strFromUTF8(src, G_N_ELEMENTS(src), &n, id, -1, &status);
	if (U_FAILURE(status))
		return false;
	n = unorm2_normalize(nfkc, src, n, dst, G_N_ELEMENTS(dst), &status);
	if (U_FAILURE(status))
		return false;
	/* White space inside an id is never significant ("5 (4) ア"). */
	int32_t w = 0;
	for (int32_t i = 0; i < n; i++)
		if (dst[i] != ' ' && dst[i] != 0x3000)
			dst[w++] = dst[i];
	u_strToUTF8(out, (int32_t)out_size, NULL, dst, w, &status);
	return U_SUCCESS(status) && status != U_STRING_NOT_TERMINATED_WARNING;
}

static const SgClause *
find_clause(const char *id)
{
	char key[192];

	if (id == NULL || strlen(id) > 60 || !nfkc_id(id, key, sizeof key))
		return NULL;
	for (guint i = 0; i < G_N_ELEMENTS(clauses); i++)
		if (strcmp(clauses[i].id, key) == 0)
			return &clauses[i];
	return NULL;
}

const char *
sg_clause_text(const char *clause)
{
	const SgClause *c = find_clause(clause);

	return c != NULL ? c->text : NULL;
}

const char *
sg_clause_heading(const char *clause)
{
	const SgClause *c = find_clause(clause);

	return c != NULL ? c->heading : NULL;
}

bool
sg_clause_is_known(const char *clause)
{
	return find_clause(clause) != NULL;
}

const char *
sg_clause_canonical(const char *clause)
{
	const SgClause *c = find_clause(clause);

	return c != NULL ? c->id : NULL;
}
