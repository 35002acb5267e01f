import type { AzureServiceModule } from './azure-module.js'
import { azureMod } from './azure-module.js'
import { sqlCollector } from '../collect/azure/sql.js'
import { postgresqlCollector } from '../collect/azure/postgresql.js'
import { mysqlCollector } from '../collect/azure/mysql.js'
import { cosmosdbCollector } from '../collect/azure/cosmosdb.js'
import { acrCollector } from '../collect/azure/acr.js'
import { normalizeSql } from '../normalize/azure/sql.js'
import { normalizePostgresql } from '../normalize/azure/postgresql.js'
import { normalizeMysql } from '../normalize/azure/mysql.js'
import { normalizeCosmosdb } from '../normalize/azure/cosmosdb.js'
import { normalizeAcr } from '../normalize/azure/acr.js'

/** Azure databases modules: SQL, PostgreSQL and MySQL flexible servers, Cosmos DB, Container Registry. */
export const AZURE_DATABASES_MODULES: AzureServiceModule[] = [
  azureMod(sqlCollector, normalizeSql),
  azureMod(postgresqlCollector, normalizePostgresql),
  azureMod(mysqlCollector, normalizeMysql),
  azureMod(cosmosdbCollector, normalizeCosmosdb),
  azureMod(acrCollector, normalizeAcr),
]
