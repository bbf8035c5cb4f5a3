"""One module per console screen (auth, inbox/conversation, bookings, dashboard, exports, retention,
users/account, audit); each handler gets the StaffContext from ``request.app[CTX]`` and the
guard's helpers from bot.staff.guard. The route table is bot/staff/routes.py."""
