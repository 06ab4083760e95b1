/* PLACEHOLDER: being written; must not be committed as is. */
int main(void) { return 77; }
