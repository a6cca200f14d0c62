// Minimal stand-in for the part of Microsoft.Extensions.Logging that connector custom code reaches
// through IScriptContext.Logger. Mono from Debian does not ship Microsoft.Extensions.Logging, so the
// harness compiles against this instead. The four extension methods are the ones certified
// connectors call (LogInformation 5, LogError 3, LogWarning 1, LogDebug 1 of 56 files).
// Messages go to stderr of the runner, never to stdout (which carries the response).
using System;

namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace = 0, Debug = 1, Information = 2, Warning = 3, Error = 4, Critical = 5, None = 6 }

    public interface ILogger
    {
        void Log(LogLevel level, string message);
    }

    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string message, params object[] args) { logger.Log(LogLevel.Debug, Format(message, args)); }
        public static void LogInformation(this ILogger logger, string message, params object[] args) { logger.Log(LogLevel.Information, Format(message, args)); }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { logger.Log(LogLevel.Warning, Format(message, args)); }
        public static void LogError(this ILogger logger, string message, params object[] args) { logger.Log(LogLevel.Error, Format(message, args)); }

        // Structured-logging placeholders ({Name}) are printed as given, followed by the arguments.
        private static string Format(string message, object[] args)
        {
            return args == null || args.Length == 0 ? message : message + " [" + string.Join(", ", args) + "]";
        }
    }
}
