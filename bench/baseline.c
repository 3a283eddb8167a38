/* The baseline for bench/run: the least a C program that prints one line
 * can cost.  It links the same libc and starts up the same way as httpref,
 * so the ratio to it shows what httpref adds.  A format argument keeps the
 * compiler from turning printf into puts: httpref formats its output too. */
#include <stdio.h>

int main(void)
{
	printf("%d %s\n", 501, "Not Implemented");
	return 0;
}
