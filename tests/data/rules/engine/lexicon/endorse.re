# Test pattern: written in normalized form (hiragana, lower case).
(?:候補|さん)に(?:清き)?一票を
