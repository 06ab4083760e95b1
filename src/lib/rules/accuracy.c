/* PLACEHOLDER: being written; must not be committed as is. */
#include "config.h"

#include "../rules-private.h"

const SgRuleKind sg_rule_kind_accuracy = {
	.name = "accuracy",
};
