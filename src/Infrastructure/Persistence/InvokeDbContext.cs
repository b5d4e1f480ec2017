using Invoke.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.Persistence;

public sealed class InvokeDbContext(DbContextOptions<InvokeDbContext> options) : DbContext(options), IApplicationDbContext;
