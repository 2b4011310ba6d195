#ifndef KASHDASH_CLUA_SHIM_H
#define KASHDASH_CLUA_SHIM_H
/*
 * The C side of the level sandbox: a capped allocator, an instruction-budget hook, protected
 * calls, and trampolines that let Swift callbacks report errors as return codes.
 *
 * Why everything is `static inline` here: CLua is a system-library target, which cannot hold
 * .c files; the clang importer compiles these functions into KashDashLevels. They are small.
 *
 * The one rule this file exists for: a Lua error is a longjmp, and a longjmp must never cross
 * a Swift frame. So every Lua API call that can raise (allocation, metamethods, calls) happens
 * either in C code below that runs inside lua_pcall, or not at all. Swift only calls functions
 * that cannot raise (lua_type, lua_to*, lua_rawgeti, lua_next on a table it is walking, ...).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/* ---------------------------------------------------------------------------------------- */
/* Per-state context, reachable from any lua_State through its extra space.                  */

typedef struct kd_context {
    lua_State *L;
    /* Memory: every byte Lua holds is counted; growth past the limit is refused. */
    size_t mem_used;
    size_t mem_limit;
    size_t mem_peak;
    int mem_refused;
    /* Longest single string; caps the work one C string function or `..` can do. */
    size_t string_limit;
    int string_refused;
    int refused_line; /* line of the level code running when memory was refused, or 0 */
    /* Instruction budget for the current call. */
    long long budget_left;
    long long budget_total;
    int budget_exceeded;
    int hook_step;
    /* Wall-clock backstop for the current call (monotonic ns); see docs/LEVELS.md. */
    long long deadline_ns;
    int deadline_exceeded;
    /* Set by the message handler: line of the innermost level-code frame of an error. */
    int error_line;
    /* Swift state, valid only during a call: the level being built and the generator. */
    void *host;
    void *rng;
    /* Swift callbacks write their error text here and return -1. */
    char error[512];
} kd_context;

static inline kd_context *kd_ctx(lua_State *L) { return *(kd_context **)lua_getextraspace(L); }

static inline long long kd_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The innermost frame running level code (not the sandbox prelude, not C), or 0. */
static inline int kd_level_line(lua_State *L, int first_level) {
    lua_Debug ar;
    for (int level = first_level; level < 64 && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.currentline > 0 && strcmp(ar.source, "=sandbox") != 0) return ar.currentline;
    }
    return 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Allocator                                                                                 */

static inline void *kd_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    kd_context *c = (kd_context *)ud;
    if (nsize == 0) {
        if (ptr) c->mem_used -= osize;
        free(ptr);
        return NULL;
    }
    /* With ptr == NULL, osize is the kind of object being made (LUA_TSTRING, ...). */
    size_t old = ptr ? osize : 0;
    if (nsize > old) {
        int refuse = 0;
        if (c->mem_used - old + nsize > c->mem_limit) { c->mem_refused = 1; refuse = 1; }
        if (!ptr && osize == LUA_TSTRING && nsize > c->string_limit) { c->string_refused = 1; refuse = 1; }
        if (refuse) {
            if (c->L && !c->refused_line) c->refused_line = kd_level_line(c->L, 0);
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (!block) return NULL;
    c->mem_used = c->mem_used - old + nsize;
    if (c->mem_used > c->mem_peak) c->mem_peak = c->mem_used;
    return block;
}

/* A new state using the capped allocator, with `c` in its extra space. NULL if out of memory. */
static inline lua_State *kd_newstate(kd_context *c) {
    c->L = NULL;
    lua_State *L = lua_newstate(kd_alloc, c);
    if (!L) return NULL;
    *(kd_context **)lua_getextraspace(L) = c;
    c->L = L;
    return L;
}

/* ---------------------------------------------------------------------------------------- */
/* Instruction budget and protected calls                                                    */

#define KD_HOOK_STEP 1000

static inline void kd_count_hook(lua_State *L, lua_Debug *ar) {
    kd_context *c = kd_ctx(L);
    c->budget_left -= c->hook_step;
    int over_budget = c->budget_left <= 0;
    int over_time = !over_budget && c->deadline_ns > 0 && kd_now_ns() > c->deadline_ns;
    if (!over_budget && !over_time && !c->budget_exceeded && !c->deadline_exceeded) return;
    if (over_budget) c->budget_exceeded = 1;
    if (over_time) c->deadline_exceeded = 1;
    /* From now on every instruction fails, so a pcall inside the script cannot swallow it. */
    c->hook_step = 1;
    lua_sethook(L, kd_count_hook, LUA_MASKCOUNT, 1);
    lua_getinfo(L, "Sl", ar);
    if (c->budget_exceeded)
        lua_pushfstring(L, "%s:%d: instruction budget exceeded (%I instructions): is there a loop that never ends?",
                        ar->short_src, ar->currentline, (lua_Integer)c->budget_total);
    else
        lua_pushfstring(L, "%s:%d: the script ran too long (time limit reached): is there a loop that never ends?",
                        ar->short_src, ar->currentline);
    lua_error(L);
}

/* Message handler: keeps string messages, describes other error objects without running
   their metamethods, and notes the line of level code where the error happened. */
static inline int kd_msgh(lua_State *L) {
    kd_context *c = kd_ctx(L);
    c->error_line = kd_level_line(L, 1);
    if (lua_type(L, 1) == LUA_TSTRING) return 1;
    lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    return 1;
}

/* Calls the function below `nargs` arguments with a fresh budget, memory flags and deadline.
   Returns a LUA_* status; on error the message (a string) is on the stack top. */
static inline int kd_pcall(lua_State *L, int nargs, int nresults, long long budget, long long time_limit_ns) {
    kd_context *c = kd_ctx(L);
    if (!lua_checkstack(L, 2)) return LUA_ERRMEM; /* leaves nothing: callers check for that */
    int base = lua_gettop(L) - nargs;
    c->budget_left = budget;
    c->budget_total = budget;
    c->budget_exceeded = 0;
    c->deadline_exceeded = 0;
    c->deadline_ns = time_limit_ns > 0 ? kd_now_ns() + time_limit_ns : 0;
    c->mem_refused = 0;
    c->string_refused = 0;
    c->refused_line = 0;
    c->error_line = 0;
    c->hook_step = budget < KD_HOOK_STEP ? (budget < 1 ? 1 : (int)budget) : KD_HOOK_STEP;
    lua_pushcfunction(L, kd_msgh);
    lua_insert(L, base);
    lua_sethook(L, kd_count_hook, LUA_MASKCOUNT, c->hook_step);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, NULL, 0, 0);
    lua_remove(L, base);
    return status;
}

/* ---------------------------------------------------------------------------------------- */
/* Swift callbacks                                                                           */

/* A Swift function callable from Lua. Returns the number of results it pushed, or -1 after
   writing a message into kd_ctx(L)->error; the trampoline then raises the Lua error, so the
   longjmp starts and ends in C and Lua frames only. */
typedef int (*kd_callback)(lua_State *L);

typedef struct kd_callback_box { kd_callback fn; } kd_callback_box;

static inline int kd_trampoline(lua_State *L) {
    kd_callback_box *box = (kd_callback_box *)lua_touserdata(L, lua_upvalueindex(1));
    int results = box->fn(L);
    if (results < 0) {
        luaL_where(L, 1);
        lua_pushstring(L, kd_ctx(L)->error);
        lua_concat(L, 2);
        return lua_error(L);
    }
    return results;
}

/* Pushes a Lua function that calls `fn`. May raise: call only inside a protected call. */
static inline void kd_pushcallback(lua_State *L, kd_callback fn) {
    kd_callback_box *box = (kd_callback_box *)lua_newuserdatauv(L, sizeof(kd_callback_box), 0);
    box->fn = fn;
    lua_pushcclosure(L, kd_trampoline, 1);
}

/* Line of the Lua code that called the running C function (a builder method), or 0. */
static inline int kd_caller_line(lua_State *L) {
    lua_Debug ar;
    if (!lua_getstack(L, 1, &ar) || !lua_getinfo(L, "l", &ar)) return 0;
    return ar.currentline > 0 ? ar.currentline : 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Setting up a sandbox                                                                      */

typedef struct kd_setup {
    const char *prelude;     /* Lua source of the sandbox prelude (trusted) */
    size_t prelude_length;
    kd_callback random;      /* math.random */
    kd_callback log;         /* print, after the prelude formats its arguments */
    kd_callback gate, pickup, message, finish; /* builder methods */
    int builder_ref;         /* out: registry ref of the builder table `b` */
} kd_setup;

static inline int kd_setup_thunk(lua_State *L) {
    kd_setup *setup = (kd_setup *)lua_touserdata(L, 1);
    /* Only these five libraries; never io, os, package, debug or coroutine. */
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 1);

    lua_createtable(L, 0, 4);
    kd_pushcallback(L, setup->gate);
    lua_setfield(L, -2, "gate");
    kd_pushcallback(L, setup->pickup);
    lua_setfield(L, -2, "pickup");
    kd_pushcallback(L, setup->message);
    lua_setfield(L, -2, "message");
    kd_pushcallback(L, setup->finish);
    lua_setfield(L, -2, "finish");
    lua_pushvalue(L, -1);
    setup->builder_ref = luaL_ref(L, LUA_REGISTRYINDEX);

    if (luaL_loadbufferx(L, setup->prelude, setup->prelude_length, "=sandbox", "t") != LUA_OK) return lua_error(L);
    lua_createtable(L, 0, 3);
    kd_pushcallback(L, setup->random);
    lua_setfield(L, -2, "random");
    kd_pushcallback(L, setup->log);
    lua_setfield(L, -2, "log");
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "builder");
    lua_call(L, 1, 0);
    return 0;
}

/* Opens the sandboxed libraries and runs the prelude. Returns a LUA_* status. */
static inline int kd_setup_sandbox(lua_State *L, kd_setup *setup, long long budget) {
    if (!lua_checkstack(L, 4)) return LUA_ERRMEM;
    lua_pushcfunction(L, kd_setup_thunk);
    lua_pushlightuserdata(L, setup);
    return kd_pcall(L, 1, 0, budget, 0);
}

/* ---------------------------------------------------------------------------------------- */
/* Running a level                                                                           */

typedef struct kd_chunk {
    const char *source;
    size_t length;
    const char *name;  /* chunk name, e.g. "=stranger-danger.lua" */
    int level_ref;     /* out: registry ref of the table the chunk returned */
} kd_chunk;

static inline int kd_chunk_thunk(lua_State *L) {
    kd_chunk *chunk = (kd_chunk *)lua_touserdata(L, 1);
    if (luaL_loadbufferx(L, chunk->source, chunk->length, chunk->name, "t") != LUA_OK) return lua_error(L);
    lua_call(L, 0, 1);
    if (!lua_istable(L, -1))
        return luaL_error(L, "%s: the level file must return a table (it returned %s)", chunk->name + 1,
                          luaL_typename(L, -1));
    chunk->level_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Compiles (text only) and runs a level chunk; keeps the table it returns in the registry. */
static inline int kd_run_chunk(lua_State *L, kd_chunk *chunk, long long budget, long long time_limit_ns) {
    if (!lua_checkstack(L, 4)) return LUA_ERRMEM;
    lua_pushcfunction(L, kd_chunk_thunk);
    lua_pushlightuserdata(L, chunk);
    return kd_pcall(L, 1, 0, budget, time_limit_ns);
}

static inline int kd_build_thunk(lua_State *L) {
    int level_ref = (int)lua_tointeger(L, 1);
    int builder_ref = (int)lua_tointeger(L, 2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, level_ref);
    lua_getfield(L, -1, "build");
    if (!lua_isfunction(L, -1)) return 0; /* the schema reports a missing build function */
    lua_rawgeti(L, LUA_REGISTRYINDEX, builder_ref);
    lua_call(L, 1, 0);
    return 0;
}

/* Calls level.build(b). */
static inline int kd_run_build(lua_State *L, int level_ref, int builder_ref, long long budget, long long time_limit_ns) {
    if (!lua_checkstack(L, 6)) return LUA_ERRMEM;
    lua_pushcfunction(L, kd_build_thunk);
    lua_pushinteger(L, level_ref);
    lua_pushinteger(L, builder_ref);
    return kd_pcall(L, 2, 0, budget, time_limit_ns);
}

/* Pushes registry[ref] (cannot raise). */
static inline void kd_push_ref(lua_State *L, int ref) { lua_rawgeti(L, LUA_REGISTRYINDEX, ref); }
static inline void kd_pop(lua_State *L, int n) { lua_settop(L, -(n)-1); }

/* ---------------------------------------------------------------------------------------- */
/* Event handlers                                                                            */

enum { KD_EVENT_GATE_PASSED = 1, KD_EVENT_MESSAGE_ANSWERED = 2 };

typedef struct kd_event {
    int kind;
    int level_ref;
    lua_Integer gate;       /* 1-based */
    lua_Integer score;
    lua_Integer lives;
    const char *message;    /* message id (NUL-terminated) */
    lua_Integer choice;     /* 1-based */
    int safe;
} kd_event;

typedef struct kd_effects {
    int has_score;
    lua_Integer score;
    int has_banner;
    char banner[256];
} kd_effects;

static inline int kd_event_thunk(lua_State *L) {
    kd_event *event = (kd_event *)lua_touserdata(L, 1);
    kd_effects *effects = (kd_effects *)lua_touserdata(L, 2);
    const char *name = event->kind == KD_EVENT_GATE_PASSED ? "on_gate_passed" : "on_message_answered";
    lua_rawgeti(L, LUA_REGISTRYINDEX, event->level_ref);
    lua_getfield(L, -1, name);
    if (!lua_isfunction(L, -1)) return 0;
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);
    int defined = ar.linedefined;
    const char *where = ar.short_src;

    lua_createtable(L, 0, 5);
    lua_pushinteger(L, event->score);
    lua_setfield(L, -2, "score");
    lua_pushinteger(L, event->lives);
    lua_setfield(L, -2, "lives");
    if (event->kind == KD_EVENT_GATE_PASSED) {
        lua_pushinteger(L, event->gate);
        lua_setfield(L, -2, "gate");
    } else {
        lua_pushstring(L, event->message);
        lua_setfield(L, -2, "message");
        lua_pushinteger(L, event->choice);
        lua_setfield(L, -2, "choice");
        lua_pushboolean(L, event->safe);
        lua_setfield(L, -2, "safe");
    }
    lua_call(L, 1, 1);
    int result = lua_gettop(L);
    if (lua_isnil(L, result)) return 0;
    if (!lua_istable(L, result))
        return luaL_error(L, "%s:%d: %s must return nil or a table like { score = 5, banner = \"Well done!\" }, not %s",
                          where, defined, name, luaL_typename(L, result));
    lua_pushnil(L);
    while (lua_next(L, result)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (key && strcmp(key, "score") == 0) {
            int isnum = 0;
            lua_Integer points = lua_tointegerx(L, -1, &isnum);
            if (!isnum || lua_type(L, -1) != LUA_TNUMBER)
                return luaL_error(L, "%s:%d: %s: score must be a whole number", where, defined, name);
            effects->has_score = 1;
            effects->score = points;
        } else if (key && strcmp(key, "banner") == 0) {
            if (lua_type(L, -1) != LUA_TSTRING)
                return luaL_error(L, "%s:%d: %s: banner must be a string", where, defined, name);
            size_t length = 0;
            const char *text = lua_tolstring(L, -1, &length);
            if (length >= sizeof(effects->banner)) length = sizeof(effects->banner) - 1;
            memcpy(effects->banner, text, length);
            effects->banner[length] = 0;
            effects->has_banner = 1;
        } else {
            return luaL_error(L, "%s:%d: %s returned an unknown field (only score and banner are allowed)",
                              where, defined, name);
        }
        lua_pop(L, 1);
    }
    return 0;
}

/* Calls the level's handler for `event`, filling `effects`. Returns a LUA_* status. */
static inline int kd_run_event(lua_State *L, kd_event *event, kd_effects *effects, long long budget,
                               long long time_limit_ns) {
    if (!lua_checkstack(L, 4)) return LUA_ERRMEM;
    memset(effects, 0, sizeof(*effects));
    lua_pushcfunction(L, kd_event_thunk);
    lua_pushlightuserdata(L, event);
    lua_pushlightuserdata(L, effects);
    return kd_pcall(L, 2, 0, budget, time_limit_ns);
}

static inline int kd_registry_index(void) { return LUA_REGISTRYINDEX; }

#endif
