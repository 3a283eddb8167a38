/* SGR sequences, chosen once here.  Plain bold and the eight basic
 * colours, which every terminal emulator in use renders. */
#include "style.h"

static const char *const class_colour[] = {
	"\033[35m", /* 0xx no response: magenta */
	"\033[36m", /* 1xx: cyan */
	"\033[32m", /* 2xx: green */
	"\033[34m", /* 3xx: blue */
	"\033[33m", /* 4xx: yellow */
	"\033[31m", /* 5xx: red */
};

static const char *const class_title[] = {
	"\033[1;35m", "\033[1;36m", "\033[1;32m",
	"\033[1;34m", "\033[1;33m", "\033[1;31m",
};

const char *style_on(enum style style, unsigned code, bool colour)
{
	unsigned cls = code / 100;

	if (!colour)
		return "";
	if (cls > 5)
		cls = 0;
	switch (style) {
	case STYLE_TITLE:
		return class_title[cls];
	case STYLE_HEADING:
		return "\033[1m";
	case STYLE_MUTED:
		return "\033[2m";
	case STYLE_CLASS:
		return class_colour[cls];
	}
	return "";
}

const char *style_off(bool colour)
{
	return colour ? "\033[0m" : "";
}
