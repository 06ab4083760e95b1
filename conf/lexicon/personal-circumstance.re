# personal-circumstance.re — a named private person together with their
# circumstances in one sentence (rule personal-info-circumstance, 5(2),
# block).  PCRE2, UTF, caseless, on the normalized squeezed text (see
# personal-address.re for {NAME} and the tab-separated columns).  {CIRC} is
# the vocabulary of personal-circumstances.txt: bereavement, living alone,
# memory loss, illness and test results, disability, benefits, arrears,
# family trouble, complaints at the counter, crime.
#
# Who the name stands for is decided in personal-names.c: roles (区長,
# 利用者様), public roles in front (講師の, 区長の, 内科医), stock examples
# (区役所太郎) and talks (講演, 体験談) are not private persons.
#
# 田中ヨシ子さん（78歳）が、ご主人を亡くされてから一人暮らしとなり / 井上さん
# （65）は血圧が高めで再検査に: the name, an optional bracket (age, district),
# then the circumstance later in the same sentence.
{NAME}(?:\([^()\n]{0,16}\))?[^。!?\n]{0,60}?{CIRC}	個人の事情（健康・家族・生活など）	personal circumstances (health, family, finances)
# 大声を出していた神田司町の佐野さん / 一人暮らしとなった藤井さん: the
# circumstance first, then the name in the same sentence.
{CIRC}[^。!?\n]{0,40}?{NAME}	個人の事情（健康・家族・生活など）	personal circumstances (health, family, finances)
