/* The date of httpref-codes(7).  What a build makes must not depend on
 * when it ran, so the date is taken from SOURCE_DATE_EPOCH (seconds since
 * 1970, UTC), as reproducible builds define it, and is a fixed date when
 * that is unset or empty.  The month names are spelled here rather than by
 * strftime, which would follow the locale. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gen.h"

/* Used when SOURCE_DATE_EPOCH is unset: the last time the page's wording
 * changed. */
#define FIXED_DATE "November 25, 2026"

/* 9999-12-31 23:59:59 UTC: .Dd wants a year of four digits. */
#define MAX_EPOCH 253402300799ULL

bool gen_man_date(char *buf, size_t size)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
	};
	const char *s = getenv("SOURCE_DATE_EPOCH");
	unsigned long long secs = 0;
	struct tm tm;
	time_t t;
	size_t i;

	if (s == NULL || *s == '\0') {
		snprintf(buf, size, "%s", FIXED_DATE);
		return true;
	}
	/* Twelve digits already pass MAX_EPOCH, so secs cannot overflow. */
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9' || i == 12)
			break;
		secs = secs * 10 + (unsigned long long)(s[i] - '0');
	}
	t = (time_t)secs;
	if (s[i] != '\0' || secs > MAX_EPOCH || (unsigned long long)t != secs ||
	    gmtime_r(&t, &tm) == NULL) {
		gen_error("SOURCE_DATE_EPOCH", 0,
			  "not a number of seconds since 1970 up to the year 9999");
		return false;
	}
	snprintf(buf, size, "%s %d, %d", months[tm.tm_mon], tm.tm_mday,
		 tm.tm_year + 1900);
	return true;
}
