/* Small helpers shared by the Check suites: locating fixtures under
 * tests/data and reading them whole.  Nothing here decides anything the
 * library does.
 */
#ifndef SNSGATE_TESTUTIL_H
#define SNSGATE_TESTUTIL_H

#include <glib.h>

/* Returns: (transfer full): the absolute path of tests/data/@rel. */
char *sg_test_data_path(const char *rel);

/* Reads tests/data/@rel whole; fails the test when it cannot. */
GBytes *sg_test_read_data(const char *rel);

/* Returns: (transfer full): the absolute path of @rel in the source tree. */
char *sg_test_src_path(const char *rel);

#endif
