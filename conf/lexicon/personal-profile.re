# personal-profile.re — a named private person with their age (rule
# personal-info-profile, 5(2), block).  PCRE2, UTF, caseless, on the
# normalized squeezed text (see personal-address.re for {NAME} and the
# tab-separated columns).
#
# 森口さん（74）が…, 76歳の工藤さんが…: a resident's name and age together
# identify them; posts that do this for a good reason are about an award, a
# birthday, a performance or an interview, and their sentence carries a word
# of personal-positive-words.txt (表彰, おめでとう, ありがとう, 完走, お話を伺い
# …), or a public role stands before the name (personal-role-before.txt).
{NAME}[(](?:\d{1,3}|\d{1,3}歳|\d0代(?:前半|後半)?)[)]	氏名と年齢	name and age
(?<!\d)\d{1,3}歳の{NAME}	氏名と年齢	name and age
